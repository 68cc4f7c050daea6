// One polling round: read the state, ask the providers, fold the answers in, store, show.
import type { State } from '../state/state';
import { API_ORIGIN } from './apiOrigin';
import { showBadge } from './badge';
import { collectOutcomes } from './collectOutcomes';
import { nextState } from './nextState';
import { withRoundLock } from './roundLock';
import { readState, writeState } from './stateStore';

async function round(): Promise<State> {
  const previous = await readState();
  const outcomes = await collectOutcomes(previous, { apiOrigin: API_ORIGIN, now: Date.now });
  const state = nextState(previous, outcomes);
  await writeState(state);
  await showBadge(state);
  return state;
}

/** For the alarm: a round already running makes this one unnecessary. */
export function scheduledRound(): Promise<State | null> {
  return withRoundLock(round, true);
}

/** For a refresh request: waits for a running round, then runs its own, so the answer is current. */
export async function requestedRound(): Promise<State> {
  return (await withRoundLock(round)) as State;
}
