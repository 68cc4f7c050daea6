// When was a line first reached? The shipped table, extended by first crossings seen at run time, and for a line
// in neither (a user's own line) a bound derived the same way the shipped table derives its in-between rows.
import { DOLLAR_HISTORY, type MilestoneHistory } from './knownHistory';
import type { FirstCrossing, FirstReached, High, Metric } from './types';

/** Rows seen at run time that are kept. Losing old ones costs only a date: "first" is decided by the highs. */
export const SEEN_LIMIT = 200;

const reached = ({ day, precision, notBefore }: FirstCrossing): FirstReached =>
  notBefore === undefined ? { day, precision } : { day, precision, notBefore };

/**
 * The first-reached day of `line`, or null when nothing says it was ever reached.
 * `highs` are the highs known beyond the history's (a high on a day means every line up to it was reached by then).
 */
export function firstReached(
  metric: Metric,
  line: number,
  seen: readonly FirstCrossing[] = [],
  highs: readonly High[] = [],
  known: { reached: Partial<MilestoneHistory['reached']>; firsts: readonly FirstCrossing[] } = DOLLAR_HISTORY,
): FirstReached | null {
  const rows = [...known.firsts, ...seen].filter((r) => r.metric === metric);
  const exact = rows.filter((r) => r.line === line).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  if (exact.length > 0) return reached(exact[0]);

  // A line is first reached no later than any higher line, and no earlier than a lower line with an exact day.
  const upper = [
    ...rows.filter((r) => r.line > line).map((r) => r.day),
    ...[known.reached[metric], ...highs].filter((h): h is High => h !== undefined && h.value >= line).map((h) => h.day),
  ].sort();
  if (upper.length === 0) return null;
  const lower = rows
    .filter((r) => r.line < line && r.precision === 'day')
    .map((r) => r.day)
    .sort();
  const notBefore = lower[lower.length - 1];
  return notBefore !== undefined && notBefore <= upper[0]
    ? { day: upper[0], precision: 'onOrBefore', notBefore }
    : { day: upper[0], precision: 'onOrBefore' };
}

/** Adds rows seen at run time, keeping the newest `limit`; a line already in the table keeps its earlier row. */
export function recordSeen(
  seen: readonly FirstCrossing[],
  rows: readonly FirstCrossing[],
  limit = SEEN_LIMIT,
  firsts: readonly FirstCrossing[] = DOLLAR_HISTORY.firsts,
): FirstCrossing[] {
  const known = (r: FirstCrossing) => [...firsts, ...seen].some((k) => k.metric === r.metric && k.line === r.line);
  const added = rows.filter((r) => !known(r));
  return [...seen, ...added].slice(-limit);
}
