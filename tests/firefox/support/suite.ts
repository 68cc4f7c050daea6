// Per test file: the run's replay server; per test: a fresh Firefox profile with the extension
// installed after the providers report `initialScenario`, closed afterwards; the test fails if
// Firefox tried to reach anything off loopback or logged a warning or error about the extension.
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../../scripts/replay/server';
import { type ConsoleEntry, type FirefoxExtension, launchFirefox } from './firefox';

export const INITIAL_SCENARIO = { btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 };

export interface FirefoxSuite {
  readonly replay: ReplayServer;
  readonly extension: FirefoxExtension;
}

export function useFirefoxExtension(initialScenario: object = INITIAL_SCENARIO): FirefoxSuite {
  let replay: ReplayServer | null = null;
  let extension: FirefoxExtension | null = null;
  beforeAll(async () => {
    replay = await startReplayServer({ port: inject('replayPort') });
  });
  afterAll(async () => {
    await replay?.close();
  });
  beforeEach(async () => {
    replay?.setScenario(initialScenario);
    replay?.clearLog();
    extension = await launchFirefox(inject('firefoxDist'));
  });
  afterEach(async () => {
    const external = extension?.external ?? [];
    let complaints: ConsoleEntry[] = [];
    try {
      complaints = ((await extension?.console()) ?? []).filter((entry) => entry.level !== 'info');
    } finally {
      await extension?.close();
      extension = null;
    }
    expect(external, 'requests Firefox tried to send off loopback').toEqual([]);
    expect(complaints, "warnings and errors in Firefox's console about the extension").toEqual([]);
  });
  return {
    get replay() {
      if (!replay) throw new Error('the replay server is not running');
      return replay;
    },
    get extension() {
      if (!extension) throw new Error('Firefox is not running');
      return extension;
    },
  };
}
