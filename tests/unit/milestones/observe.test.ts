import { describe, expect, it } from 'vitest';
import type { Currency } from '../../../src/core/currency';
import {
  type CrossingEvent,
  DEFAULT_HIGH_RULE,
  eventTitle,
  type HighEvent,
  initialMilestoneMemory,
  loadMilestoneMemory,
  type MilestoneEvent,
  type MilestoneMemory,
  type MilestoneOptions,
  observe,
  parseLadder,
  type Reading,
  SHIPPED_HIGHS,
} from '../../../src/core/milestones';

const SUPPLY = 20_000_000;
const T = 1e12;
const HOUR = 3_600_000;
const START = Date.parse('2026-06-01T12:00:00Z');

const byPrice = (price: number, currency: Currency = 'USD') => ({ price, cap: price * SUPPLY, currency });
const byCap = (cap: number, currency: Currency = 'USD') => ({ price: cap / SUPPLY, cap, currency });

/** Feeds readings, each at its time, through storage (JSON) and collects every event. */
function feedAt(
  readings: Array<[at: number, reading: Reading]>,
  options: MilestoneOptions = {},
  memory: MilestoneMemory = initialMilestoneMemory(),
): { memory: MilestoneMemory; events: MilestoneEvent[] } {
  const events: MilestoneEvent[] = [];
  for (const [at, reading] of readings) {
    const stored = JSON.parse(JSON.stringify(memory));
    const out = observe(loadMilestoneMemory(stored), reading, at, options);
    events.push(...out.events);
    memory = out.memory;
  }
  return { memory, events };
}

/** Feeds readings an hour apart (or `spacing`) through storage (JSON) and collects every event. */
function feed(
  readings: Reading[],
  options: MilestoneOptions = {},
  memory: MilestoneMemory = initialMilestoneMemory(),
  start = START,
  spacing = HOUR,
): { memory: MilestoneMemory; events: MilestoneEvent[] } {
  return feedAt(
    readings.map((reading, i) => [start + i * spacing, reading]),
    options,
    memory,
  );
}

const crossings = (events: MilestoneEvent[], metric?: 'cap' | 'price') =>
  events.filter((e): e is CrossingEvent => e.kind === 'crossing' && (metric === undefined || e.metric === metric));

describe('first time against the shipped history', () => {
  it('a fresh install seeing the cap go from $1.21T to $1.26T is back above $1.25T, not there for the first time', () => {
    const { events } = feed([byCap(1.21 * T), byCap(1.26 * T)]);
    const [event] = crossings(events, 'cap');
    expect(event).toMatchObject({ direction: 'up', line: 1.25 * T, first: false, alsoCrossed: [] });
    expect(event.firstReached).toEqual({ day: '2021-11-10', precision: 'onOrBefore', notBefore: '2021-03-13' });
    expect(eventTitle(event)).toBe(
      "Bitcoin's market cap is back above $1.25 trillion, first reached on or before 2021-11-10",
    );
  });

  it('knows $1T and $100,000 were reached before', () => {
    const { events } = feed([
      { price: 95_000, cap: 0.95 * T, currency: 'USD' },
      { price: 101_000, cap: 1.05 * T, currency: 'USD' },
    ]);
    expect(crossings(events).map((e) => [e.metric, e.line, e.first, e.firstReached?.day])).toEqual([
      ['price', 100_000, false, '2024-12-05'],
      ['cap', T, false, '2021-02-19'],
    ]);
    expect(events.some((e) => e.kind === 'high')).toBe(false);
  });

  it('says nothing on the first reading after install', () => {
    const out = observe(initialMilestoneMemory(), byPrice(100_000), START);
    expect(out.events).toEqual([]);
    expect(out.memory.price).toMatchObject({ last: 100_000, at: START, high: SHIPPED_HIGHS.price });
  });
});

describe('first time against highs seen at run time', () => {
  it('a new high above the shipped ATH crossing a line is a first; the lower line is folded in', () => {
    const { events, memory } = feed([byPrice(124_000), byPrice(151_000)]);
    const [event] = crossings(events, 'price');
    expect(event).toMatchObject({ line: 150_000, alsoCrossed: [125_000], first: true, firstReached: null });
    expect(eventTitle(event)).toBe('Bitcoin tops $150,000 — for the first time');
    // The first crossing is the news; no separate "new all-time high" for the same reading.
    expect(events.filter((e) => e.kind === 'high' && e.metric === 'price')).toEqual([]);
    expect(memory.price?.high).toEqual({ value: 151_000, day: '2026-06-01' });
    expect(memory.seen).toContainEqual({
      metric: 'price',
      line: 150_000,
      day: '2026-06-01',
      precision: 'day',
      source: 'seen',
    });
  });

  it('after a first, the same line crossed again is a repeat with the day it was seen', () => {
    const { events } = feed([byPrice(140_000), byPrice(151_000), byPrice(140_000), byPrice(150_500)]);
    expect(crossings(events, 'price').map((e) => [e.direction, e.line, e.first, e.firstReached])).toEqual([
      ['up', 150_000, true, null],
      ['down', 150_000, false, { day: '2026-06-01', precision: 'day' }],
      ['up', 150_000, false, { day: '2026-06-01', precision: 'day' }],
    ]);
  });

  it('a line between the old high and a new one is not a first when crossed again', () => {
    // 175,000 reached, then 160,000 up-crossing of 150,000 and 175,000 again: neither is a first.
    const { events } = feed([byPrice(140_000), byPrice(176_000), byPrice(140_000), byPrice(176_000)]);
    const ups = crossings(events, 'price').filter((e) => e.direction === 'up');
    expect(ups.map((e) => [e.line, e.alsoCrossed, e.first])).toEqual([
      [175_000, [150_000], true],
      [175_000, [150_000], false],
    ]);
  });

  it('a first across a gap of days is dated only as "on or before"', () => {
    const { memory } = feed([byPrice(140_000), byPrice(152_000)], {}, initialMilestoneMemory(), START, 3 * 24 * HOUR);
    expect(memory.seen).toContainEqual({
      metric: 'price',
      line: 150_000,
      day: '2026-06-04',
      precision: 'onOrBefore',
      notBefore: '2026-06-01',
      source: 'seen',
    });
  });

  it('the cap crossing $2.5T is a repeat but $2.75T a first', () => {
    const { events } = feed([byCap(2.4 * T), byCap(2.8 * T)]);
    const [event] = crossings(events, 'cap');
    expect(event).toMatchObject({ line: 2.75 * T, alsoCrossed: [2.5 * T], first: true });
    expect(eventTitle(event)).toBe("Bitcoin's market cap tops $2.75 trillion — for the first time");
  });

  it('an install when the price is already past the shipped high knows those lines were crossed', () => {
    const { events, memory } = feed([byPrice(205_000), byPrice(140_000), byPrice(160_000)]);
    expect(memory.seen.filter((r) => r.metric === 'price').map((r) => [r.line, r.precision, r.notBefore])).toEqual([
      [150_000, 'onOrBefore', '2025-10-06'],
      [175_000, 'onOrBefore', '2025-10-06'],
      [200_000, 'onOrBefore', '2025-10-06'],
    ]);
    const up = crossings(events, 'price').find((e) => e.direction === 'up');
    expect(up).toMatchObject({ line: 150_000, first: false });
    expect(eventTitle(up as CrossingEvent)).toBe(
      'Bitcoin is back above $150,000, first reached on or before 2026-06-01',
    );
  });

  it('keeps "first" right when the rest of the memory was lost but the seen rows survived', () => {
    const { memory } = feed([byPrice(140_000), byPrice(160_000)]);
    const damaged = { ...memory, price: { broken: true } };
    const { events } = feed([byPrice(140_000), byPrice(155_000)], {}, loadMilestoneMemory(damaged), START + 48 * HOUR);
    expect(crossings(events, 'price')).toMatchObject([{ line: 150_000, first: false }]);
  });
});

describe('all-time highs', () => {
  it('announces a new high above the shipped one, then stays quiet', () => {
    const { events } = feed([byPrice(126_000), byPrice(127_000), byPrice(128_000)]);
    const highs = events.filter((e) => e.kind === 'high' && e.metric === 'price');
    expect(highs).toEqual([
      {
        kind: 'high',
        metric: 'price',
        value: 127_000,
        previous: { value: 126_080, day: '2025-10-06' },
        price: 127_000,
        cap: 127_000 * SUPPLY,
        currency: 'USD',
        at: START + HOUR,
      },
    ]);
    expect(eventTitle(highs[0])).toBe('Bitcoin sets a new all-time high: $127,000');
  });

  it('announces the next new high a day later and 5 % higher, or after a week without one', () => {
    const DAY = 24 * HOUR;
    const readings: Array<[number, Reading]> = [
      [START, byPrice(126_000)],
      [START + HOUR, byPrice(127_000)], // the first high after install: news
      [START + 8 * HOUR, byPrice(129_000)], // within a day of it
      [START + 26 * HOUR, byPrice(130_000)], // a day later, but not 5 % above $127,000
      [START + 50 * HOUR, byPrice(134_000)], // 5.5 % above it
      [START + 5 * DAY, byPrice(131_000)],
      [START + 11 * DAY, byPrice(135_000)], // $134,000 stood for nine days: a comeback
    ];
    const highs = (options?: MilestoneOptions) =>
      feedAt(readings, options)
        .events.filter((e): e is HighEvent => e.kind === 'high' && e.metric === 'price')
        .map((e) => [e.value, (e.at - START) / HOUR]);
    expect(highs()).toEqual([
      [127_000, 1],
      [134_000, 50],
      [135_000, 264],
    ]);
    expect(DEFAULT_HIGH_RULE).toEqual({ quietMs: DAY, stepPct: 5, comebackDays: 7 });
    // A caller may ask for another rule.
    expect(highs({ highRule: { quietMs: 6 * HOUR, stepPct: 0, comebackDays: 7 } })).toEqual([
      [127_000, 1],
      [129_000, 8],
      [130_000, 26],
      [134_000, 50],
      [135_000, 264],
    ]);
  });

  it('tracks the cap high from the price × supply reading, and says it when the price is not at a high', () => {
    const { events, memory } = feed([
      { price: 120_000, cap: 2.5 * T, currency: 'USD' },
      { price: 121_000, cap: 2.6 * T, currency: 'USD' },
    ]);
    expect(memory.cap?.high).toEqual({ value: 2.6 * T, day: '2026-06-01' });
    const high = events.find((e) => e.kind === 'high' && e.metric === 'cap');
    expect(high && eventTitle(high)).toBe("Bitcoin's market cap sets a new all-time high: $2.6 trillion");
  });

  it('says one high a day, whichever metric sets it', () => {
    const at = (hours: number, price: number, cap: number): [number, Reading] => [
      START + hours * HOUR,
      { price, cap, currency: 'USD' },
    ];
    const { events } = feedAt([
      at(0, 120_000, 2.4 * T),
      at(1, 127_000, 2.54 * T), // a price high
      at(2, 126_000, 2.6 * T), // a cap high an hour later: the same day's news
      at(26, 126_500, 2.75 * T - 1), // a day after the price high: news
    ]);
    expect(events.filter((e) => e.kind === 'high').map((e) => [e.metric, (e.at - START) / HOUR])).toEqual([
      ['price', 1],
      ['cap', 26],
    ]);
  });

  it('says a price high once: the cap high of the same reading is the same fact', () => {
    const { events, memory } = feed([byCap(2.5 * T), byCap(2.6 * T)]);
    expect(memory.cap?.high).toEqual({ value: 2.6 * T, day: '2026-06-01' });
    expect(events.filter((e) => e.kind === 'high').map((e) => e.metric)).toEqual(['price']);
  });
});

describe('downward crossings', () => {
  it('reports a fall below a line, never as a first', () => {
    const { events } = feed([byCap(2.05 * T), byCap(1.95 * T)]);
    const [event] = crossings(events, 'cap');
    expect(event).toMatchObject({ direction: 'down', line: 2 * T, first: false });
    expect(eventTitle(event)).toBe("Bitcoin's market cap falls below $2 trillion");
  });

  it('reports a fall across several lines once, naming the lowest', () => {
    const { events } = feed([byPrice(101_000), byPrice(69_000)]);
    const [event] = crossings(events, 'price');
    expect(event).toMatchObject({ direction: 'down', line: 70_000, alsoCrossed: [100_000, 90_000, 80_000] });
    expect(eventTitle(event)).toBe('Bitcoin falls below $70,000');
  });
});

describe('memory', () => {
  it('survives storage: the same events and memory with or without a JSON round trip', () => {
    const readings = [124_000, 126_500, 125_200, 124_900, 151_000, 149_000, 149_900, 152_000, 98_000].map((p) =>
      byPrice(p),
    );
    let plain = initialMilestoneMemory();
    const plainEvents: MilestoneEvent[] = [];
    for (const [i, reading] of readings.entries()) {
      const out = observe(plain, reading, START + i * HOUR);
      plainEvents.push(...out.events);
      plain = out.memory;
    }
    const stored = feed(readings);
    expect(stored.events).toEqual(plainEvents);
    expect(stored.memory).toEqual(plain);
    expect(JSON.parse(JSON.stringify(plain))).toStrictEqual(plain);
    expect(loadMilestoneMemory(JSON.parse(JSON.stringify(plain)))).toStrictEqual(plain);
  });

  it('replaces what is not a memory with a fresh one', () => {
    expect(loadMilestoneMemory(undefined)).toEqual(initialMilestoneMemory());
    expect(loadMilestoneMemory({ version: 2 })).toEqual(initialMilestoneMemory());
    expect(loadMilestoneMemory('garbage')).toEqual(initialMilestoneMemory());
  });

  it('ignores a reading that is not a positive number', () => {
    const { memory } = feed([byPrice(100_000)]);
    const out = observe(memory, { price: Number.NaN, cap: 0, currency: 'USD' }, START + HOUR);
    expect(out.events).toEqual([]);
    expect(out.memory).toEqual(memory);
  });

  it('uses the ladders and margin it is given', () => {
    const ladders = { price: parseLadder({ values: [69_000] }), cap: parseLadder({ values: [1.5 * T] }) };
    // 68,990 is within 0.1 % of the line: held; 68,900 is beyond it: a fall.
    const { events } = feed(
      [68_000, 69_050, 68_990, 69_020, 68_900].map((p) => byPrice(p)),
      { ladders, marginPct: 0.1 },
    );
    expect(crossings(events, 'price').map((e) => [e.direction, e.line])).toEqual([
      ['up', 69_000],
      ['down', 69_000],
    ]);
  });
});
