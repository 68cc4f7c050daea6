import { useEffect, useState } from 'preact/hooks';

/** Re-renders every `ms` so "12 s ago" keeps counting while the popup is open. */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
