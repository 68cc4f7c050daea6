import { resolve } from 'node:path';

/**
 * The replay build for this run. Its folder is named by the replay port, so two runs at once
 * (a developer's and a helper's) never load each other's build.
 */
export const E2E_DIST = {
  get chrome(): string {
    return resolve(`dist/e2e-${process.env.CAPLENS_REPLAY_PORT ?? 'default'}/chrome`);
  },
};
