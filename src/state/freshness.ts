// Whether the figures on screen are live or stale: the same rule for badge and popup.
import type { State } from './state';

export const DEFAULT_POLL_MINUTES = 1;

export type Freshness =
  /** Nothing validated yet. */
  | { kind: 'none'; reason: string | null }
  | { kind: 'live'; ageMs: number }
  /** The last good quote is shown, with the reason the newer rounds gave none (a RoundError or 'old'). */
  | { kind: 'stale'; ageMs: number; reason: string };

/** A quote older than this many polling intervals is stale even if no round has failed yet. */
const STALE_AFTER_INTERVALS = 3;
const MIN_STALE_AFTER_MS = 5 * 60_000;

export function freshness(state: State, now: number, pollMinutes = DEFAULT_POLL_MINUTES): Freshness {
  const { quote, lastRound } = state;
  if (!quote) return { kind: 'none', reason: lastRound?.error ?? null };
  const ageMs = Math.max(0, now - quote.at);
  if (lastRound && !lastRound.ok && lastRound.finishedAt >= quote.at) {
    return { kind: 'stale', ageMs, reason: lastRound.error ?? 'no fresh data' };
  }
  const staleAfter = Math.max(STALE_AFTER_INTERVALS * pollMinutes * 60_000, MIN_STALE_AFTER_MS);
  if (ageMs > staleAfter) return { kind: 'stale', ageMs, reason: 'old' };
  return { kind: 'live', ageMs };
}
