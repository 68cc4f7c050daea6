// When a provider that failed may be asked again. Honours Retry-After; otherwise doubles the wait
// with each failure in a row, so a struggling or rate-limiting provider is not hammered.
import type { ProviderError } from '../providers/errors';

const BASE_WAIT_MS = 30_000;
const RATE_LIMIT_BASE_WAIT_MS = 60_000;
const MAX_WAIT_MS = 30 * 60_000;
/** A Retry-After beyond this is treated as this: a provider is never given up on for good. */
const MAX_RETRY_AFTER_MS = 6 * 60 * 60_000;

/** `failures` counts this failure too. Returns null when the next regular round may ask again. */
export function retryAt(error: ProviderError, failures: number, now: number): number | null {
  if (error.retryAfterMs !== undefined && (error.kind === 'rate-limited' || error.status === 503)) {
    return now + Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS);
  }
  const doublings = Math.min(Math.max(failures - 1, 0), 10);
  if (error.kind === 'rate-limited') {
    return now + Math.min(RATE_LIMIT_BASE_WAIT_MS * 2 ** doublings, MAX_WAIT_MS);
  }
  const serverTrouble = error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500);
  if (serverTrouble) return now + Math.min(BASE_WAIT_MS * 2 ** doublings, MAX_WAIT_MS);
  return null;
}
