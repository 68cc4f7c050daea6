// Per test file: the run's replay server and one Firefox; per test: the extension installed afresh
// in it (resetToInstall) after the providers report `initialScenario`; the test fails if Firefox
// tried to reach anything off loopback or logged a warning or error about the extension meanwhile.
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../../scripts/replay/server';
import { type ConsoleEntry, type FirefoxExtension, launchFirefox } from './firefox';

export const INITIAL_SCENARIO = { btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 };

export interface FirefoxSuite {
  readonly replay: ReplayServer;
  readonly extension: FirefoxExtension;
}

/** The run's replay server, started for the test file and closed after it. */
export function useReplayServer(): { readonly replay: ReplayServer } {
  let replay: ReplayServer | null = null;
  beforeAll(async () => {
    replay = await startReplayServer({ port: inject('replayPort') });
  });
  afterAll(async () => {
    await replay?.close();
  });
  return {
    get replay() {
      if (!replay) throw new Error('the replay server is not running');
      return replay;
    },
  };
}

/**
 * Firefox's own error when a page whose content script listens to storage.onChanged is left (a
 * reload, a navigation): it removes the listener after closing the channel it would tell the parent
 * through (https://bugzilla.mozilla.org/show_bug.cgi?id=1633315). Nothing the extension does or can
 * avoid short of dropping its listener on pagehide, which a page restored from the back-forward
 * cache would then lack.
 */
function firefoxNoise(entry: ConsoleEntry): boolean {
  return (
    entry.source === 'resource://gre/modules/ConduitsChild.sys.mjs' &&
    entry.text.startsWith('sendRemoveListener on closed conduit ')
  );
}

/** Warnings and errors in Firefox's console about the extension, since it started or was last reset. */
async function complaintsOf(extension: FirefoxExtension): Promise<ConsoleEntry[]> {
  return (await extension.console()).filter((entry) => entry.level !== 'info' && !firefoxNoise(entry));
}

function expectClean(external: string[], complaints: ConsoleEntry[]): void {
  expect(external, 'requests Firefox tried to send off loopback').toEqual([]);
  expect(complaints, "warnings and errors in Firefox's console about the extension").toEqual([]);
}

/**
 * Fails if Firefox tried to reach anything off loopback or logged a warning or error about the
 * extension since it started or was last reset; the refused requests are then forgotten.
 */
async function expectNothingAmiss(extension: FirefoxExtension): Promise<void> {
  const complaints = await complaintsOf(extension);
  expectClean(extension.external.splice(0), complaints);
}

/**
 * Ends Firefox (`quit` lets it shut down by itself, as a restart test needs; `close` ends it), then
 * fails if it tried to reach anything off loopback or logged a warning or error about the extension.
 */
export async function endChecked(extension: FirefoxExtension, how: 'close' | 'quit' = 'close'): Promise<void> {
  let complaints: ConsoleEntry[] = [];
  try {
    complaints = await complaintsOf(extension);
  } finally {
    await (how === 'quit' ? extension.quit() : extension.close());
  }
  expectClean(extension.external, complaints);
}

/** With CAPLENS_FIREFOX_TIMINGS set, says how long a launch or a reset took (for docs/performance.md). */
async function timed<T>(what: string, task: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await task();
  if (process.env.CAPLENS_FIREFOX_TIMINGS) console.info(`${what}: ${Date.now() - started} ms`);
  return result;
}

/**
 * One Firefox for the file's tests, each of which starts from a fresh install of the extension in it
 * (the first from the launch's own): for tests that need a freshly installed extension, not a new
 * profile.
 */
export function useFirefoxExtension(initialScenario: object = INITIAL_SCENARIO): FirefoxSuite {
  const server = useReplayServer();
  let extension: FirefoxExtension | null = null;
  beforeEach(async () => {
    server.replay.setScenario(initialScenario);
    server.replay.clearLog();
    if (extension) await timed('resetToInstall', () => (extension as FirefoxExtension).resetToInstall());
    else extension = await timed('launchFirefox', () => launchFirefox(inject('firefoxDist')));
  });
  afterEach(async () => {
    if (!extension) return;
    // Its pages closed first, so that what they log as they go counts for this test.
    await extension.closeTabs();
    await expectNothingAmiss(extension);
  });
  afterAll(async () => {
    await extension?.close();
    extension = null;
  });
  return {
    get replay() {
      return server.replay;
    },
    get extension() {
      if (!extension) throw new Error('Firefox is not running');
      return extension;
    },
  };
}
