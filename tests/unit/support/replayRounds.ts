// Polling rounds without the browser: the real provider modules ask the replay server, and the answers
// are folded into the state as the service worker does, on a clock the test moves (two minutes a test).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../../scripts/replay/server';
import { collectOutcomes } from '../../../src/background/collectOutcomes';
import { nextState } from '../../../src/background/nextState';
import type { State } from '../../../src/state/state';

export interface ReplayRounds {
  readonly replay: ReplayServer;
  /** The time the round's providers see, ms since the epoch; tests move it forward. */
  clock: number;
  /** One round from `previous` with the providers answering `scenario`. */
  round(previous: State, scenario: unknown, timeoutMs?: number): Promise<State>;
}

export function useReplayRounds(): ReplayRounds {
  let server: ReplayServer | null = null;
  const rounds: ReplayRounds = {
    get replay() {
      if (!server) throw new Error('the replay server is not running');
      return server;
    },
    clock: Date.UTC(2026, 10, 25, 12, 0, 0),
    async round(previous, scenario, timeoutMs = 2000) {
      rounds.replay.setScenario(scenario);
      const now = () => rounds.clock;
      return nextState(previous, await collectOutcomes(previous, { apiOrigin: rounds.replay.origin, now, timeoutMs }));
    },
  };
  beforeAll(async () => {
    server = await startReplayServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    rounds.replay.clearLog();
    rounds.clock += 120_000;
  });
  return rounds;
}
