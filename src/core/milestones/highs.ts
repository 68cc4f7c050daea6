// All-time highs, and what "for the first time" means: above every value ever seen — the shipped history
// and every reading since. A line at or below the high was reached before, whatever else is known about it;
// this is the one rule that keeps a false "first time" out, so it does not depend on any dated table.
import type { High } from './types';

/** The higher of two highs; on a tie, the earlier day (the high was reached then already). */
export function higherOf(a: High, b: High): High {
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.day <= b.day ? a : b;
}

/** Whether reaching `line` now is a first, given the high before this reading. */
export function isFirst(line: number, highBefore: High): boolean {
  return line > highBefore.value;
}

/** The high after a reading of `value` on `day`. */
export function raiseHigh(high: High, value: number, day: string): High {
  return value > high.value ? { value, day } : high;
}
