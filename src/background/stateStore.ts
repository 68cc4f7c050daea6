// Reads and writes the stored state. The service worker can be stopped at any moment, so nothing
// lives in globals: every round reads what it needs and writes it back whole, in one call.
import browser from 'webextension-polyfill';
import { loadMilestones, MILESTONES_KEY, type StoredMilestones } from '../state/milestones';
import { loadState, STATE_KEY, type State } from '../state/state';

export async function readState(): Promise<State> {
  const stored = await browser.storage.local.get(STATE_KEY);
  const { state, repaired } = loadState(stored[STATE_KEY]);
  if (repaired) {
    console.warn(`CapLens: ${repaired}`);
    await writeState(state);
  }
  return state;
}

export async function writeState(state: State): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}

export async function readMilestones(): Promise<StoredMilestones> {
  return loadMilestones((await browser.storage.local.get(MILESTONES_KEY))[MILESTONES_KEY]);
}

/** One write for both: the events of a round are stored if and only if its quote is. */
export async function writeRound(state: State, milestones: StoredMilestones): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state, [MILESTONES_KEY]: milestones });
}

export async function writeMilestones(milestones: StoredMilestones): Promise<void> {
  await browser.storage.local.set({ [MILESTONES_KEY]: milestones });
}
