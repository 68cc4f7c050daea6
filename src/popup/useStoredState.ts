// The popup's view of the stored state: read once on open (no network), then followed through
// storage change events, so figures change in place when a round completes.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { loadState, STATE_KEY, type State } from '../state/state';

export function useStoredState(): State | undefined {
  const [state, setState] = useState<State | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    browser.storage.local.get(STATE_KEY).then((stored) => {
      if (alive) setState(loadState(stored[STATE_KEY]).state);
    });
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && STATE_KEY in changes) setState(loadState(changes[STATE_KEY].newValue).state);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}

/** Re-renders every `ms` so "12 s ago" keeps counting while the popup is open. */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
