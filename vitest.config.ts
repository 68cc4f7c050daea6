import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CAPLENS_API_ORIGIN__: 'null' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
