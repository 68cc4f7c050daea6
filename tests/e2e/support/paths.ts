import { resolve } from 'node:path';

/**
 * The replay port of this Playwright worker. The port is compiled into the replay build, so each
 * worker has its own port, build and replay server: globalSetup picks one port per worker and hands
 * them over in CAPLENS_REPLAY_PORTS; Playwright numbers its workers in TEST_PARALLEL_INDEX.
 */
export function replayPort(): number {
  const ports = (process.env.CAPLENS_REPLAY_PORTS ?? '').split(',').filter(Boolean).map(Number);
  const port = ports[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % Math.max(ports.length, 1)];
  if (!port) throw new Error('CAPLENS_REPLAY_PORTS is not set: run the end-to-end tests through playwright test');
  return port;
}

/**
 * The replay builds of a port. Their folder is named by the port, so two runs at once (a developer's
 * and a helper's) never load each other's build.
 */
export function e2eDist(port: number) {
  return {
    chrome: resolve(`dist/e2e-${port}/chrome`),
    /** The same build waiting QUICK_PROVIDER_TIMEOUT_MS for a provider instead of 8 s: for the stall rows. */
    chromeQuickTimeout: resolve(`dist/e2e-${port}/chrome-quick-timeout`),
  };
}

/** This worker's replay builds. */
export const E2E_DIST = {
  get chrome(): string {
    return e2eDist(replayPort()).chrome;
  },
  get chromeQuickTimeout(): string {
    return e2eDist(replayPort()).chromeQuickTimeout;
  },
};

/** This worker's replay build: the one with the short provider deadline when `quickProviderTimeout`. */
export function distFor(quickProviderTimeout: boolean): string {
  return quickProviderTimeout ? E2E_DIST.chromeQuickTimeout : E2E_DIST.chrome;
}

/** How long the quick-timeout build waits for a provider (the shipped build waits 8 s). */
export const QUICK_PROVIDER_TIMEOUT_MS = 2000;
