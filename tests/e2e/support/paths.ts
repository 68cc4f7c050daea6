import { resolve } from 'node:path';

/**
 * The replay build for this run. Its folder is named by the replay port, so two runs at once
 * (a developer's and a helper's) never load each other's build.
 */
export const E2E_DIST = {
  get chrome(): string {
    return resolve(`dist/e2e-${process.env.CAPLENS_REPLAY_PORT ?? 'default'}/chrome`);
  },
  /** The same build waiting QUICK_PROVIDER_TIMEOUT_MS for a provider instead of 8 s: for the stall rows. */
  get chromeQuickTimeout(): string {
    return resolve(`dist/e2e-${process.env.CAPLENS_REPLAY_PORT ?? 'default'}/chrome-quick-timeout`);
  },
};

/** How long the quick-timeout build waits for a provider (the shipped build waits 8 s). */
export const QUICK_PROVIDER_TIMEOUT_MS = 2000;
