// When a new all-time high is worth a notification. In a rally nearly every reading is a new high; a person
// wants to hear of the first one, then of one that is clearly higher, not of every dollar more.
// The rule: at most one a day (a rolling 24 hours since the last high said, of the price or the cap: with the
// supply all but fixed they are one fact), and only when it is at least `stepPct` above the last one
// announced, unless the high it beats stood for a week or more (a comeback is news whatever the step). A
// first crossing of a line says the same and counts as announced.
import { utcDay } from './day';
import type { AnnouncedHigh, High } from './types';

export interface HighRule {
  quietMs: number;
  stepPct: number;
  comebackDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_HIGH_RULE: HighRule = { quietMs: DAY_MS, stepPct: 5, comebackDays: 7 };

const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/**
 * Whether `value`, above `beaten` (the high before it), is news given the last high of this metric announced
 * and when a high of either metric was last said.
 */
export function isHighNews(
  value: number,
  beaten: High,
  announced: AnnouncedHigh | null,
  now: number,
  rule: HighRule = DEFAULT_HIGH_RULE,
  lastSaidAt: number | null = announced?.at ?? null,
): boolean {
  if (lastSaidAt !== null && now - lastSaidAt < rule.quietMs) return false;
  if (announced === null) return true;
  if (now - announced.at < rule.quietMs) return false;
  if (daysBetween(beaten.day, utcDay(now)) >= rule.comebackDays) return true;
  return value >= announced.value * (1 + rule.stepPct / 100);
}
