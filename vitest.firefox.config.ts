// End-to-end tests in Firefox: the built extension in the system's headless Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi, every provider simulated by the replay server on loopback.
// `npm run test:firefox`; `npm test` runs it after the Chromium suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/support/globalSetup.ts'],
    // One build talks to one replay server port: files take turns, as Playwright's single worker does.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/firefox.json' },
  },
});
