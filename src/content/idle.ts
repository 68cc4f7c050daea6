// Work in idle-time slices: the page's own work always comes first. requestIdleCallback is in every
// browser CapLens supports (Chrome 120 and Firefox 140 on), in content scripts and pages alike.
const SLICE_MS = 8;

/**
 * A queue drained in idle slices; `step` handles one item. Items come from sources walked lazily
 * (`pushAll`), whose nulls only mark where it may pause. A step or a source that throws (a hostile
 * page can make DOM calls fail) costs that item or that source, never the queue. `afterSlice` runs
 * after every slice, told whether the queue is empty.
 */
export function idleQueue<T>(step: (item: T) => void, afterSlice: (drained: boolean) => void) {
  let sources: Iterator<T | null>[] = [];
  let handle: number | null = null;

  /** The next item, null for a pause point, undefined when there is nothing left. */
  const take = (): T | null | undefined => {
    while (sources.length > 0) {
      try {
        const result = sources[0].next();
        if (!result.done) return result.value;
      } catch {
        // A source that throws is done.
      }
      sources.shift();
    }
    return undefined;
  };

  const drain = (deadline: IdleDeadline) => {
    handle = null;
    const end = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    let more = true;
    while (performance.now() < end) {
      const item = take();
      if (item === undefined) {
        more = false;
        break;
      }
      if (item === null) continue;
      try {
        step(item);
      } catch {
        // One item the page made impossible to handle; the rest go on.
      }
    }
    afterSlice(!more);
    if (more) schedule();
  };
  const schedule = () => {
    if (handle === null) handle = requestIdleCallback(drain, { timeout: 1000 });
  };

  return {
    pushAll(source: Iterable<T | null>) {
      sources.push(source[Symbol.iterator]());
      schedule();
    },
    clear() {
      for (const source of sources) source.return?.();
      sources = [];
      if (handle !== null) cancelIdleCallback(handle);
      handle = null;
    },
  };
}
