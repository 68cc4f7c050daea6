// One polling round: read the state, ask the providers, fold the answers in, note milestones,
// store everything in one write, then show: badge and notifications.
import type { State } from '../state/state';
import { API_ORIGIN, PROVIDER_TIMEOUT_MS } from './apiOrigin';
import { showBadge } from './badge';
import { collectOutcomes } from './collectOutcomes';
import { withCurrencyHigh } from './currencyHigh';
import { milestoneStep } from './milestoneStep';
import { nextState } from './nextState';
import { showNotifications } from './notify';
import { withRoundLock } from './roundLock';
import { readSettings } from './settingsStore';
import { readMilestones, readState, writeMilestones, writeRound } from './stateStore';

async function round(): Promise<State> {
  const [previous, milestonesBefore, settings] = await Promise.all([readState(), readMilestones(), readSettings()]);
  const outcomes = await collectOutcomes(previous, {
    apiOrigin: API_ORIGIN,
    now: Date.now,
    enabled: settings.providers,
    timeoutMs: PROVIDER_TIMEOUT_MS ?? undefined,
  });
  const state = nextState(previous, outcomes);
  const known = await withCurrencyHigh(milestonesBefore, state, settings, API_ORIGIN);
  const milestones = milestoneStep(known, state, settings);
  await writeRound(state, milestones);
  await showBadge(state, settings);
  // Also delivers what a round stopped before this point left in the outbox.
  if (milestones.outbox.length > 0) {
    await showNotifications(milestones);
    await writeMilestones({ ...milestones, outbox: [] });
  }
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
