// The popup's view of storage: read once on open (no network), then followed through storage
// change events, so figures change in place when a round completes.
import { useEffect, useState } from 'preact/hooks';
import { type Browser, browser } from '../pages/browser';

/** A value from storage.local, validated by `load`; undefined until read. */
export function useStored<T>(key: string, load: (raw: unknown) => T): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    browser.storage.local.get(key).then((stored) => {
      if (alive) setValue(load(stored[key]));
    });
    const onChanged = (changes: Record<string, Browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && key in changes) setValue(load(changes[key].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key, load]);
  return value;
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
