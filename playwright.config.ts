// End-to-end tests: the built extension in headless Chromium (scripts/lib/findChromium.mjs; npm test
// gets one first when the system has none), every provider simulated by the replay server on loopback.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  // Each worker has its own replay port, build and server (support/globalSetup.ts). Two by default: with
  // the tests sharing a browser per worker, the Chromium suite took 324 s with two workers against 391 s
  // with one, beside the Firefox suite and the unit tests, on 2 cores. CAPLENS_E2E_WORKERS sets another
  // number (1 on a machine with a single core).
  workers: Number(process.env.CAPLENS_E2E_WORKERS) || 2,
  fullyParallel: false,
  // A guard against a hang, not a limit on speed: the 100,000-node hostile page takes 18 s on a quiet
  // machine and over 60 s beside a CPU hog and another suite (load average 20 on 2 cores).
  timeout: 180_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
});
