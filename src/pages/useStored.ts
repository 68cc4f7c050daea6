// A value from extension storage for a page: read once on open (no network), then followed
// through storage change events, so what the page shows changes in place.
import { useEffect, useState } from 'preact/hooks';
import { type Browser, browser } from './browser';

/** The value under `key` in `area`, read through `load`; undefined until read. */
export function useStored<T>(area: 'local' | 'sync', key: string, load: (raw: unknown) => T): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    browser.storage[area].get(key).then((stored) => {
      if (alive) setValue(load(stored[key]));
    });
    const onChanged = (changes: Record<string, Browser.Storage.StorageChange>, changed: string) => {
      if (changed === area && key in changes) setValue(load(changes[key].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [area, key, load]);
  return value;
}
