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
    // A guard against a hang, not a limit on speed: the unit tests run beside both browser suites, and
    // the parser's growth check took 67 s on a machine at load 32 (3 s when quiet).
    testTimeout: 120_000,
    // Files share their worker's module cache instead of each starting a new one: the whole run takes
    // 44 s instead of 76 s on 2 cores. No test replaces a module or leaves a global changed.
    isolate: false,
  },
});
