// Shared shapes of the milestone module. Everything here is plain JSON data: it is stored between
// service-worker restarts and read back by the popup, so no classes, Maps, Dates or undefined values.
// Amounts are in one currency throughout: a memory is kept per currency, and an event names its own.
import type { Currency } from '../currency';
import type { BusyLine } from './busyLines';

export type Metric = 'cap' | 'price';
export const METRICS: readonly Metric[] = ['price', 'cap'];

export type Direction = 'up' | 'down';

/**
 * How well a UTC day is known. 'day': that day. 'approx': that day give or take one.
 * 'onOrBefore': only an upper bound — the line was certainly reached by then, maybe earlier.
 */
export type DayPrecision = 'day' | 'approx' | 'onOrBefore';

/** When a line was first reached. `day` is YYYY-MM-DD (UTC); `notBefore`, when known, bounds it from below. */
export interface FirstReached {
  day: string;
  precision: DayPrecision;
  notBefore?: string;
}

/** One row of the history table: shipped with the build, or seen while running. */
export interface FirstCrossing extends FirstReached {
  metric: Metric;
  /** The line (a market cap or a price per BTC), in the currency of the table or memory holding the row. */
  line: number;
  /** Where the day comes from: a data source, a derivation, or 'seen' for rows recorded at run time. */
  source: string;
  note?: string;
}

/** An all-time high and the UTC day it was reached (or first seen, for highs seen at run time). */
export interface High {
  value: number;
  day: string;
}

/** A line of the other metric, crossed with the one an event names. */
export interface Alongside {
  metric: Metric;
  line: number;
  first: boolean;
}

export interface CrossingEvent {
  kind: 'crossing';
  metric: Metric;
  direction: Direction;
  /** The furthest line passed in this step: the highest going up, the lowest going down. */
  line: number;
  /** Other lines passed in the same step, in the order they were passed. */
  alsoCrossed: number[];
  /** True only when `line` is above every value ever seen before (shipped history and run time). */
  first: boolean;
  /** When `line` was first reached; null for a first (it is being reached now) or when nothing is known. */
  firstReached: FirstReached | null;
  /** The other metric's line crossed in the same round and direction, said in this one notification. */
  alongside?: Alongside;
  /** The reading that crossed: price per BTC and market cap, in `currency`. */
  price: number;
  cap: number;
  currency: Currency;
  at: number;
}

export interface HighEvent {
  kind: 'high';
  metric: Metric;
  /** The new high. */
  value: number;
  /** The high it beats. */
  previous: High;
  price: number;
  cap: number;
  currency: Currency;
  at: number;
}

export type MilestoneEvent = CrossingEvent | HighEvent;

/** Hysteresis memory for one metric's ladder. */
export interface LineMemory {
  /** Last value seen: every line not held is on the side of it. */
  last: number;
  /** Lines that count as above although the last value is under them, by less than their band; ascending. */
  held: number[];
  /** Lines whose rise was announced within the last week, which widens their band. */
  busy: BusyLine[];
}

/** The last all-time high announced (or folded into a first crossing): its value and when. */
export interface AnnouncedHigh {
  value: number;
  at: number;
}

export interface MetricMemory extends LineMemory {
  /** When `last` was seen, ms since the epoch. */
  at: number;
  /** Highest value seen so far, the shipped high included. */
  high: High;
  highAnnounced: AnnouncedHigh | null;
}

/** Everything the milestone logic remembers between quotes. Store it as it is; read it with loadMilestoneMemory. */
export interface MilestoneMemory {
  version: 2;
  price: MetricMemory | null;
  cap: MetricMemory | null;
  /** First crossings seen at run time, extending the shipped table; oldest first, bounded. */
  seen: FirstCrossing[];
}
