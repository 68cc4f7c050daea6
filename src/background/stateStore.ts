// Reads and writes the state in storage.local. The service worker can be stopped at any moment,
// so nothing lives in globals: every round reads the state and writes it back whole.
import browser from 'webextension-polyfill';
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
