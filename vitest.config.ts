import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CAPLENS_API_ORIGIN__: 'null', __CAPLENS_PROVIDER_TIMEOUT_MS__: 'null' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['scripts/lib/i18nShim.ts'],
    // Clock times in titles are local: pin the zone so expectations hold on any machine.
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
  },
});
