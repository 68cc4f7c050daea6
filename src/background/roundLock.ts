// One polling round at a time across every caller (alarm, refresh, startup), without globals:
// the Web Locks API holds the lock outside the worker's memory and frees it if the worker dies.
const LOCK_NAME = 'caplens-round';

/** Runs `task` when no other round runs. With `skipIfBusy`, returns null instead of waiting. */
export async function withRoundLock<T>(task: () => Promise<T>, skipIfBusy = false): Promise<T | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  return locks.request(LOCK_NAME, { ifAvailable: skipIfBusy }, async (lock) => (lock ? task() : null));
}
