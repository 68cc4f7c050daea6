// Milestones in a currency other than the dollar: its own round numbers, and "first time" only
// where its all-time high (CoinGecko's, in that currency) says so.
import { describe, expect, it } from 'vitest';
import type { Currency } from '../../../src/core/currency';
import {
  type CrossingEvent,
  defaultLadders,
  eventTitle,
  historyFromPriceHigh,
  initialMilestoneMemory,
  laddersIn,
  linesIn,
  type MilestoneEvent,
  type MilestoneHistory,
  type MilestoneMemory,
  observe,
} from '../../../src/core/milestones';
import { issuedBtcThrough } from '../../../src/core/supply';

const T = 1e12;
const HOUR = 3_600_000;
const START = Date.parse('2026-11-25T12:00:00Z');
const HEIGHT = 925_000;
const SUPPLY = issuedBtcThrough(HEIGHT);
/** CoinGecko's euro high, as the replay server gives it: $126,080 at 0.92. */
const EURO_HIGH = { value: 115_993.6, day: '2025-10-06' };
const EURO = historyFromPriceHigh(EURO_HIGH, HEIGHT, '2026-11-25');

const byPrice = (price: number, currency: Currency = 'EUR') => ({ price, cap: price * SUPPLY, currency });

function feed(prices: number[], history: MilestoneHistory | null, currency: Currency = 'EUR') {
  let memory: MilestoneMemory = initialMilestoneMemory();
  const events: MilestoneEvent[] = [];
  for (const [i, price] of prices.entries()) {
    const out = observe(memory, byPrice(price, currency), START + i * HOUR, {
      history,
      ladders: defaultLadders(currency),
    });
    memory = out.memory;
    events.push(...out.events);
  }
  return { memory, events };
}

const crossingsOf = (events: MilestoneEvent[], metric: 'cap' | 'price') =>
  events.filter((e): e is CrossingEvent => e.kind === 'crossing' && e.metric === metric);

describe('a currency history from its all-time price high', () => {
  it('bounds the cap between the supply on the high day and the supply now', () => {
    expect(EURO.ceilings.price).toEqual(EURO_HIGH);
    expect(EURO.reached.price).toEqual(EURO_HIGH);
    expect(EURO.ceilings.cap).toEqual({ value: Math.ceil(EURO_HIGH.value * SUPPLY), day: '2025-10-06' });
    // 415 days before, at most 216 blocks a day: never less than the supply that many blocks back.
    const least = issuedBtcThrough(HEIGHT - 416 * 216);
    expect(EURO.reached.cap).toEqual({ value: Math.floor(EURO_HIGH.value * least), day: '2025-10-06' });
    // The band in which nothing is claimed is narrow: under 2 % of the cap.
    expect(EURO.ceilings.cap.value / EURO.reached.cap.value).toBeLessThan(1.02);
    expect(EURO.firsts).toEqual([]);
  });
});

describe('milestones in euros', () => {
  it('a price above the euro high tops its line for the first time, in euros', () => {
    const { events } = feed([110_400, 125_600], EURO);
    const [event] = crossingsOf(events, 'price');
    expect(event).toMatchObject({ line: 125_000, first: true, currency: 'EUR', price: 125_600 });
    expect(eventTitle(event)).toBe('Bitcoin tops €125,000 — for the first time');
  });

  it('a line below the euro high is back above, reached on or before the high day', () => {
    const { events } = feed([99_000, 100_800], EURO);
    const [event] = crossingsOf(events, 'price');
    expect(event).toMatchObject({ line: 100_000, first: false });
    expect(event.firstReached).toEqual({ day: '2025-10-06', precision: 'onOrBefore' });
    expect(eventTitle(event)).toBe('Bitcoin is back above €100,000, first reached on or before 2025-10-06');
  });

  it('a cap line inside the band the supply leaves open is neither a first nor a repeat', () => {
    // No default line falls between the bounds today (≈ €2.28T and €2.32T): a line of the user's own does.
    const inBand = Math.round((EURO.reached.cap.value + EURO.ceilings.cap.value) / 2);
    let memory = initialMilestoneMemory();
    const ladders = { cap: { values: [inBand] }, price: { values: [1] } };
    const reading = (cap: number) => ({ price: cap / SUPPLY, cap, currency: 'EUR' as const });
    memory = observe(memory, reading(inBand * 0.98), START, { history: EURO, ladders }).memory;
    const { events } = observe(memory, reading(inBand * 1.002), START + HOUR, { history: EURO, ladders });
    const [event] = crossingsOf(events, 'cap');
    expect(event).toMatchObject({ first: false, firstReached: null });
    expect(eventTitle(event)).toMatch(/^Bitcoin's market cap rises above €2\.\d+ trillion$/);
    // Above the price high but the cap still under the ceiling: no all-time high either.
    expect(events.filter((e) => e.kind === 'high' && e.metric === 'cap')).toEqual([]);
  });

  it('with no high known yet it claims nothing: no first, no repeat, no all-time high', () => {
    const { events } = feed([110_400, 120_520, 131_000], null);
    const price = crossingsOf(events, 'price');
    expect(price.map((e) => [e.line, e.first, e.firstReached])).toEqual([[125_000, false, null]]);
    expect(eventTitle(price[0])).toBe('Bitcoin rises above €125,000');
    expect(events.filter((e) => e.kind === 'high')).toEqual([]);
  });

  it('a new euro high is announced over the one CoinGecko gave', () => {
    const { events } = feed([115_000, 117_000], EURO);
    const highs = events.filter((e) => e.kind === 'high');
    expect(highs).toMatchObject([{ metric: 'price', value: 117_000, previous: EURO_HIGH, currency: 'EUR' }]);
  });
});

describe('default lines in each currency', () => {
  it('keeps the dollar lines where the currency is near the dollar, and scales them for the yen', () => {
    for (const currency of ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF'] as const) {
      expect(linesIn(defaultLadders(currency).price, 90_000, 130_000)).toEqual([100_000, 125_000]);
    }
    expect(linesIn(defaultLadders('JPY').price, 9e6, 13e6)).toEqual([10e6, 12.5e6]);
    expect(linesIn(defaultLadders('JPY').cap, 150 * T, 260 * T)).toEqual([175 * T, 200 * T, 225 * T, 250 * T]);
  });

  it("takes the user's own lines where set and the currency's defaults for the rest", () => {
    const own = { values: [12_345_678] };
    expect(laddersIn({ cap: null, price: own }, 'JPY')).toEqual({ cap: defaultLadders('JPY').cap, price: own });
    expect(laddersIn(undefined, 'EUR')).toEqual(defaultLadders('EUR'));
  });

  it('crosses ¥15 million in yen, worded in yen', () => {
    const yen = historyFromPriceHigh({ value: 126_080 * 155, day: '2025-10-06' }, HEIGHT, '2026-11-25');
    const { events } = feed([14.9e6, 15.1e6], yen, 'JPY');
    const [event] = crossingsOf(events, 'price');
    expect(event).toMatchObject({ line: 15e6, currency: 'JPY' });
    expect(eventTitle(event)).toBe('Bitcoin is back above ¥15 million, first reached on or before 2025-10-06');
  });
});
