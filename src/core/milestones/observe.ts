// One reading in, the events it causes and the memory for the next one out. The background calls this once a
// polling round with the new quote and the memory from storage, and stores what comes back.
import { DEFAULT_MARGIN_PCT, startLines, stepLines } from './crossings';
import { utcDay } from './day';
import { firstReached, recordSeen, SEEN_LIMIT } from './firsts';
import { higherOf, isFirst, raiseHigh } from './highs';
import { SHIPPED_HIGHS } from './history';
import { DEFAULT_LADDERS, type Ladders, linesIn } from './ladder';
import type {
  CrossingEvent,
  FirstCrossing,
  High,
  HighEvent,
  Metric,
  MetricMemory,
  MilestoneEvent,
  MilestoneMemory,
} from './types';
import { METRICS } from './types';

export const DEFAULT_HIGH_QUIET_MS = 24 * 60 * 60 * 1000;

export interface MilestoneOptions {
  ladders?: Ladders;
  /** Hysteresis margin in percent of the line. */
  marginPct?: number;
  /**
   * A rally sets a new high at nearly every reading; one "new all-time high" a day is news, one every five
   * minutes is noise. The high itself is always kept up to date.
   */
  highQuietMs?: number;
}

export interface Reading {
  usd: number;
  capUsd: number;
}

export interface Observation {
  memory: MilestoneMemory;
  events: MilestoneEvent[];
}

export function initialMilestoneMemory(): MilestoneMemory {
  return { version: 1, price: null, cap: null, seen: [] };
}

const readingOf = (reading: Reading, metric: Metric): number => (metric === 'price' ? reading.usd : reading.capUsd);
const usable = (n: number): boolean => Number.isFinite(n) && n > 0;

const seenHighs = (seen: readonly FirstCrossing[], metric: Metric): High[] =>
  seen.filter((row) => row.metric === metric).map((row) => ({ value: row.line, day: row.day }));

export function observe(
  memory: MilestoneMemory,
  reading: Reading,
  now: number,
  options: MilestoneOptions = {},
): Observation {
  const ladders = options.ladders ?? DEFAULT_LADDERS;
  const marginPct = options.marginPct ?? DEFAULT_MARGIN_PCT;
  const quietMs = options.highQuietMs ?? DEFAULT_HIGH_QUIET_MS;
  const day = utcDay(now);
  const next: MilestoneMemory = { ...memory };
  const events: MilestoneEvent[] = [];
  let seen = memory.seen;

  for (const metric of METRICS) {
    const value = readingOf(reading, metric);
    // A reading that is not a positive number says nothing; the memory waits for a good one.
    if (!usable(value)) continue;
    const ladder = ladders[metric];
    const before = memory[metric];
    // A newer build may ship a higher high than an older build stored; a row of first crossings seen is a high too
    // (it survives if the rest of the memory was lost).
    const highBefore = [...(before ? [before.high] : []), ...seenHighs(seen, metric)].reduce(
      higherOf,
      SHIPPED_HIGHS[metric],
    );
    const newRows: FirstCrossing[] = [];

    if (!before) {
      // First reading: nothing is announced (it is not a change we saw). Lines above the shipped high that it is
      // already above were first crossed between the build's high and today, on a day we do not know.
      for (const line of linesIn(ladder, highBefore.value, value)) {
        newRows.push({ metric, line, day, precision: 'onOrBefore', notBefore: highBefore.day, source: 'seen' });
      }
      next[metric] = {
        ...startLines(ladder, value, marginPct),
        at: now,
        high: raiseHigh(highBefore, value, day),
        highAnnouncedAt: null,
      };
      seen = recordSeen(seen, newRows, SEEN_LIMIT);
      continue;
    }

    const step = stepLines(ladder, before, value, marginPct);
    // If the last reading was on an earlier day (the browser was closed), a first crossing happened in between.
    const dayBefore = utcDay(before.at);
    const when: Pick<FirstCrossing, 'day' | 'precision' | 'notBefore'> =
      dayBefore === day ? { day, precision: 'day' } : { day, precision: 'onOrBefore', notBefore: dayBefore };
    for (const { line, direction } of step.passed) {
      if (direction === 'up' && isFirst(line, highBefore)) newRows.push({ metric, line, ...when, source: 'seen' });
    }

    let anyFirst = false;
    for (const crossing of step.crossings) {
      const first = crossing.direction === 'up' && isFirst(crossing.line, highBefore);
      anyFirst ||= first;
      const event: CrossingEvent = {
        kind: 'crossing',
        metric,
        direction: crossing.direction,
        line: crossing.line,
        alsoCrossed: crossing.alsoCrossed,
        first,
        firstReached: first ? null : firstReached(metric, crossing.line, seen, [highBefore]),
        usd: reading.usd,
        capUsd: reading.capUsd,
        at: now,
      };
      events.push(event);
    }

    const high = raiseHigh(highBefore, value, day);
    let highAnnouncedAt = before.highAnnouncedAt;
    if (high !== highBefore) {
      const quiet = highAnnouncedAt !== null && now - highAnnouncedAt < quietMs;
      // A first crossing is a new high already; saying both in one round would be two notifications for one fact.
      if (!anyFirst && !quiet) {
        const event: HighEvent = {
          kind: 'high',
          metric,
          value,
          previous: highBefore,
          usd: reading.usd,
          capUsd: reading.capUsd,
          at: now,
        };
        events.push(event);
      }
      if (anyFirst || !quiet) highAnnouncedAt = now;
    }

    const updated: MetricMemory = { ...step.memory, at: now, high, highAnnouncedAt };
    next[metric] = updated;
    seen = recordSeen(seen, newRows, SEEN_LIMIT);
  }

  next.seen = seen;
  return { memory: next, events };
}
