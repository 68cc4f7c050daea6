// Work in idle-time slices: the page's own work always comes first.
const SLICE_MS = 8;

type IdleDeadline = { timeRemaining(): number };
const requestIdle: (cb: (deadline: IdleDeadline) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 1000 })
    : (cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS }), 1) as unknown as number;
const cancelIdle: (handle: number) => void =
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback : (handle) => clearTimeout(handle);

/** A queue drained in idle slices; `step` handles one item. */
export function idleQueue<T>(step: (item: T) => void, afterSlice: () => void) {
  let items: T[] = [];
  let next = 0;
  let handle: number | null = null;
  const drain = (deadline: IdleDeadline) => {
    handle = null;
    const end = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    while (next < items.length && performance.now() < end) step(items[next++]);
    if (next >= items.length) {
      items = [];
      next = 0;
    }
    afterSlice();
    if (next < items.length) handle = requestIdle(drain);
  };
  return {
    push(item: T) {
      items.push(item);
      if (handle === null) handle = requestIdle(drain);
    },
    clear() {
      items = [];
      next = 0;
      if (handle !== null) cancelIdle(handle);
      handle = null;
    },
  };
}
