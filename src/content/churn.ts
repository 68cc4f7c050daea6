// A block the page keeps changing under its notes (a ticker, a framework re-rendering it because a
// note appeared) is read again at most this often; past that, its notes go and it is left alone for
// the rest of the window: the page wins, without a fight.
const CHURN_WINDOW_MS = 10_000;
const MAX_REREADS_PER_WINDOW = 20;

/** Whether `element` may be read again now; counts the reading. */
export function churnLimit(): (element: Element) => boolean {
  const budgets = new WeakMap<Element, { since: number; count: number }>();
  return (element) => {
    const now = performance.now();
    let budget = budgets.get(element);
    if (!budget || now - budget.since > CHURN_WINDOW_MS) budget = { since: now, count: 0 };
    budgets.set(element, budget);
    return ++budget.count <= MAX_REREADS_PER_WINDOW;
  };
}
