// End-to-end tests: the built extension in headless Chromium (scripts/lib/findChromium.mjs; npm test
// gets one first when the system has none), every provider simulated by the replay server on loopback.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  // Each worker has its own replay port, build and server (support/globalSetup.ts). One by default: npm
  // test runs the Firefox suite beside this one, and on 2 cores a second Chromium worker starved it (the
  // whole npm test took 764 s with two workers, the Firefox suite 619 s of it). CAPLENS_E2E_WORKERS sets
  // more, e.g. when the Chromium suite runs alone on a larger machine.
  workers: Number(process.env.CAPLENS_E2E_WORKERS) || 1,
  fullyParallel: false,
  // A guard against a hang, not a limit on speed: the 100,000-node hostile page takes 18 s on a quiet
  // machine and over 60 s beside a CPU hog and another suite (load average 20 on 2 cores).
  timeout: 180_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
});
