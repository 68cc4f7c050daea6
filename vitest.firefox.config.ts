// End-to-end tests in Firefox: the built extension in headless Firefox (scripts/lib/findFirefox.mjs),
// driven by puppeteer-core over WebDriver BiDi, every provider simulated by the replay server on loopback.
// `npm run test:firefox`; `npm test` runs it beside the Chromium suite (scripts/test.mjs).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/support/globalSetup.ts'],
    // One build talks to one replay server port: files take turns, as Playwright's single worker does.
    fileParallelism: false,
    // Guards against a hang, not limits on speed: a test that takes 15 s alone took 30 s beside a
    // Chromium suite with two workers on a busy 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Firefox answers on its own time on a busy machine: a poll waits up to 10 s, not vitest's 1 s.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/firefox.json' },
  },
});
