// One reading in, the events it causes and the memory for the next one out. The background calls this once a
// polling round with the new quote and the memory from storage, and stores what comes back.
import type { Currency } from '../currency';
import { DEFAULT_MARGIN_PCT, startLines, stepLines } from './crossings';
import { utcDay } from './day';
import { firstReached, recordSeen, SEEN_LIMIT } from './firsts';
import { DEFAULT_HIGH_RULE, type HighRule, isHighNews } from './highNews';
import { higherOf, isFirst, raiseHigh } from './highs';
import { DOLLAR_HISTORY, type MilestoneHistory } from './knownHistory';
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

export interface MilestoneOptions {
  ladders?: Ladders;
  /** Hysteresis margin in percent of the line. */
  marginPct?: number;
  /** When a new all-time high is announced (DEFAULT_HIGH_RULE unless given); the high itself is always kept. */
  highRule?: HighRule;
  /**
   * What is known of the currency's past (dollars' shipped table by default). Null when nothing is: crossings are
   * then said without "first time" or "back above", and no all-time high is announced.
   */
  history?: MilestoneHistory | null;
}

/** One reading in the memory's currency: price per BTC and market cap. */
export interface Reading {
  price: number;
  cap: number;
  currency: Currency;
}

export interface Observation {
  memory: MilestoneMemory;
  events: MilestoneEvent[];
}

export function initialMilestoneMemory(): MilestoneMemory {
  return { version: 2, price: null, cap: null, seen: [] };
}

const readingOf = (reading: Reading, metric: Metric): number => (metric === 'price' ? reading.price : reading.cap);
const NOTHING_KNOWN = { reached: {}, firsts: [] };
const usable = (n: number): boolean => Number.isFinite(n) && n > 0;
const latest = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined ? (b ?? null) : b === undefined ? a : Math.max(a, b);

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
  const highRule = options.highRule ?? DEFAULT_HIGH_RULE;
  const history = options.history === undefined ? DOLLAR_HISTORY : options.history;
  const known = history ?? NOTHING_KNOWN;
  const day = utcDay(now);
  const next: MilestoneMemory = { ...memory };
  const events: MilestoneEvent[] = [];
  let seen = memory.seen;
  // With the supply all but fixed, a price high is a cap high too: the price's event (announced or not) says it,
  // and one high is said a day, whichever metric.
  let priceAtHigh = false;
  let highSaidAt = latest(memory.price?.highAnnounced?.at, memory.cap?.highAnnounced?.at);

  for (const metric of METRICS) {
    const value = readingOf(reading, metric);
    // A reading that is not a positive number says nothing; the memory waits for a good one.
    if (!usable(value)) continue;
    const ladder = ladders[metric];
    const before = memory[metric];
    // What was certainly reached: the history's high, the memory's (a newer build may ship a higher high than an
    // older build stored), and the first crossings seen (they survive if the rest of the memory was lost).
    const reachedHighs = [
      ...(history ? [history.reached[metric]] : []),
      ...(before ? [before.high] : []),
      ...seenHighs(seen, metric),
    ];
    const highBefore: High | null = reachedHighs.length > 0 ? reachedHighs.reduce(higherOf) : null;
    // What nothing went above: a line above it is a first. Unknown without a history.
    const ceiling = history && highBefore ? higherOf(history.ceilings[metric], highBefore) : null;
    const newRows: FirstCrossing[] = [];

    if (!before) {
      // First reading: nothing is announced (it is not a change we saw). Lines above the known high that it is
      // already above were first crossed between that high and today, on a day we do not know.
      if (ceiling) {
        for (const line of linesIn(ladder, ceiling.value, value)) {
          newRows.push({ metric, line, day, precision: 'onOrBefore', notBefore: ceiling.day, source: 'seen' });
        }
      }
      next[metric] = {
        ...startLines(ladder, value, marginPct),
        at: now,
        high: highBefore ? raiseHigh(highBefore, value, day) : { value, day },
        highAnnounced: null,
      };
      seen = recordSeen(seen, newRows, SEEN_LIMIT, known.firsts);
      continue;
    }

    const step = stepLines(ladder, before, value, now, marginPct);
    // If the last reading was on an earlier day (the browser was closed), a first crossing happened in between.
    const dayBefore = utcDay(before.at);
    const when: Pick<FirstCrossing, 'day' | 'precision' | 'notBefore'> =
      dayBefore === day ? { day, precision: 'day' } : { day, precision: 'onOrBefore', notBefore: dayBefore };
    for (const { line, direction } of step.passed) {
      if (direction === 'up' && ceiling && isFirst(line, ceiling))
        newRows.push({ metric, line, ...when, source: 'seen' });
    }

    let anyFirst = false;
    for (const crossing of step.crossings) {
      const first = crossing.direction === 'up' && ceiling !== null && isFirst(crossing.line, ceiling);
      anyFirst ||= first;
      const event: CrossingEvent = {
        kind: 'crossing',
        metric,
        direction: crossing.direction,
        line: crossing.line,
        alsoCrossed: crossing.alsoCrossed,
        first,
        firstReached: first ? null : firstReached(metric, crossing.line, seen, highBefore ? [highBefore] : [], known),
        price: reading.price,
        cap: reading.cap,
        currency: reading.currency,
        at: now,
      };
      events.push(event);
    }

    const high = raiseHigh(highBefore ?? before.high, value, day);
    let highAnnounced = before.highAnnounced;
    if (anyFirst) {
      highAnnounced = { value, at: now };
      highSaidAt = now;
    }
    if (ceiling && value > ceiling.value) {
      if (metric === 'price') priceAtHigh = true;
      // A high is announced only over a value reached, not over a bound (a cap bounded by the supply).
      const exact = highBefore !== null && ceiling.value === highBefore.value;
      const news = exact && isHighNews(value, ceiling, highAnnounced, now, highRule, highSaidAt);
      // A first crossing is a new high already; saying both in one round would be two notifications for one fact.
      if (!anyFirst && news && !(metric === 'cap' && priceAtHigh)) {
        const event: HighEvent = {
          kind: 'high',
          metric,
          value,
          previous: ceiling,
          price: reading.price,
          cap: reading.cap,
          currency: reading.currency,
          at: now,
        };
        events.push(event);
        highAnnounced = { value, at: now };
        highSaidAt = now;
      }
    }

    const updated: MetricMemory = { ...step.memory, at: now, high, highAnnounced };
    next[metric] = updated;
    seen = recordSeen(seen, newRows, SEEN_LIMIT, known.firsts);
  }

  next.seen = seen;
  return { memory: next, events };
}
