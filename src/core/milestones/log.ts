// The popup's timeline: milestone events, newest first, bounded so the stored state stays small.
import type { MilestoneEvent } from './types';

export const LOG_LIMIT = 50;

export function appendToLog(
  log: readonly MilestoneEvent[],
  events: readonly MilestoneEvent[],
  limit = LOG_LIMIT,
): MilestoneEvent[] {
  // Events of one round share a time; a stable sort keeps their order (price before cap, crossing before high).
  const newest = [...events].sort((a, b) => b.at - a.at);
  return [...newest, ...log].slice(0, Math.max(0, limit));
}
