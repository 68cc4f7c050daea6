// A seeded year of minute readings through the background's milestone step (scripts/simulate), run once; every
// limit a user would accept is checked on what it notified. `npm run simulate-year` prints its table.
import { beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedYear, SWITCH_AT, simulateYear } from '../../../scripts/simulate/runYear';
import { type CrossingEvent, DEFAULT_LADDERS, linesIn, type MilestoneEvent } from '../../../src/core/milestones';

const MARGIN = 0.005;
const HOUR = 3_600_000;
const isCrossing = (e: MilestoneEvent): e is CrossingEvent => e.kind === 'crossing';
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
const isFall = (e: MilestoneEvent) => isCrossing(e) && e.direction === 'down';
const max = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
const min = (values: readonly number[]) => values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

let year: SimulatedYear;
beforeAll(() => {
  year = simulateYear();
}, 600_000);

/** The index of the first reading after `at` (readings are in time order). */
function firstAfter(at: number): number {
  let lo = 0;
  let hi = year.readings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (year.readings[mid].at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The readings' values of one currency and metric between two times, both excluded. */
function valuesBetween(currency: string, metric: 'price' | 'cap', from: number, to: number): number[] {
  return year.readings
    .slice(firstAfter(from), firstAfter(to - 1))
    .filter((r) => r.currency === currency)
    .map((r) => r[metric]);
}

describe('a simulated year of minute readings', () => {
  it('is the year it claims: most minutes read, gaps up to a week, euros from July, a +40 % November', () => {
    expect(year.readings.length).toBeGreaterThan(350_000);
    const gaps = year.readings.slice(1).map((r, i) => r.at - year.readings[i].at);
    expect(max(gaps)).toBeGreaterThanOrEqual(5 * 24 * HOUR);
    expect(year.readings.filter((r) => r.at >= SWITCH_AT).every((r) => r.currency === 'EUR')).toBe(true);
    const november = year.readings.filter((r) => dayOf(r.at).startsWith('2027-11'));
    expect(november[november.length - 1].price / november[0].price).toBeGreaterThan(1.3);
    let high = max(year.readings.filter((r) => r.currency === 'EUR' && r.at < november[0].at).map((r) => r.price));
    let newHighs = 0;
    for (const r of november) {
      if (r.price <= high) continue;
      high = r.price;
      newHighs++;
    }
    expect(newHighs).toBeGreaterThan(24);
  });

  it('never says the same line and direction twice without a real excursion between (every pair)', () => {
    const crossings = year.events.filter(isCrossing);
    // Each line a crossing passed, the furthest and the others in its text.
    const passes = crossings.flatMap((e) => [...e.alsoCrossed, e.line].map((line) => ({ ...e, line })));
    const groups = groupBy(passes, (e) => `${e.currency} ${e.metric} ${e.line}`);
    let pairs = 0;
    for (const group of groups.values()) {
      for (const [i, event] of group.entries()) {
        if (i === 0) continue;
        const before = group[i - 1];
        // Rises and falls of a line alternate...
        expect(event.direction).not.toBe(before.direction);
        const previousSame = group
          .slice(0, i)
          .reverse()
          .find((e) => e.direction === event.direction);
        if (!previousSame) continue;
        pairs++;
        // ...and between two rises a reading was at least the margin under the line (two falls: over it).
        const between = valuesBetween(event.currency, event.metric, previousSame.at, event.at);
        if (event.direction === 'up') expect(min(between)).toBeLessThanOrEqual(event.line * (1 - MARGIN));
        else expect(max(between)).toBeGreaterThanOrEqual(event.line);
      }
    }
    expect(pairs).toBeGreaterThan(50);
    // Every notification is an event of the timeline.
    for (const n of year.notifications.filter(isCrossing)) {
      expect(crossings.some((e) => e.at === n.at && e.metric === n.metric && e.line === n.line)).toBe(true);
    }
  });

  it('says at most one new all-time high a day', () => {
    const highs = year.notifications.filter((e) => e.kind === 'high');
    expect(highs.length).toBeGreaterThan(2);
    const days = highs.map((e) => dayOf(e.at));
    expect(new Set(days).size).toBe(days.length);
  });

  it('says about a dozen things in the bull month, and at most four a day, with the default settings', () => {
    const byDefault = year.notifications.filter((e) => !isFall(e));
    const november = byDefault.filter((e) => dayOf(e.at).startsWith('2027-11'));
    expect(november.length).toBeLessThanOrEqual(16);
    const perDay = groupBy(byDefault, (e) => dayOf(e.at));
    expect(max([...perDay.values()].map((d) => d.length))).toBeLessThanOrEqual(4);
    // With falls on too, at most eight.
    const all = groupBy(year.notifications, (e) => dayOf(e.at));
    expect(max([...all.values()].map((d) => d.length))).toBeLessThanOrEqual(8);
  });

  it('after a closed browser, one notification names the furthest line passed and the others in its text', () => {
    /** Lines a move passed: every one for a rise; for a fall, those it is clearly under (a busy line's band is 8 %). */
    const clearlyPassed = (metric: 'price' | 'cap', from: number, to: number) => {
      const lines = linesIn(DEFAULT_LADDERS[metric], Math.min(from, to), Math.max(from, to));
      return to > from ? lines : lines.filter((line) => to <= line * 0.92);
    };
    let checked = 0;
    for (const [i, reading] of year.readings.entries()) {
      const before = year.readings[i - 1];
      if (!before || reading.at - before.at < 2 * HOUR || reading.currency !== before.currency) continue;
      const price = clearlyPassed('price', before.price, reading.price);
      const cap = clearlyPassed('cap', before.cap, reading.cap);
      if (price.length < 2 && cap.length < 2) continue;
      const round = year.notifications.filter((e) => e.at === reading.at).filter(isCrossing);
      expect(round).toHaveLength(1);
      const [said] = round;
      const [own, other] = said.metric === 'price' ? [price, cap] : [cap, price];
      const named = [said.line, ...said.alsoCrossed];
      expect(named).toEqual(expect.arrayContaining(own));
      const rising = reading.price > before.price;
      expect(said.line).toBe(rising ? max(named) : min(named));
      if (rising) expect(said.line).toBe(max(own));
      else expect(said.line).toBeLessThanOrEqual(min(own));
      if (other.length > 0) {
        const along = said.alongside?.line ?? Number.NaN;
        if (rising) expect(along).toBe(max(other));
        else expect(along).toBeLessThanOrEqual(min(other));
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('never makes two notifications of one move: one crossing per direction a round, no high beside a first', () => {
    const rounds = groupBy(year.notifications, (e) => e.at);
    for (const round of rounds.values()) {
      const ups = round.filter((e) => isCrossing(e) && e.direction === 'up');
      expect(ups.length + round.filter((e) => e.kind === 'high').length).toBeLessThanOrEqual(1);
      expect(round.filter(isFall).length).toBeLessThanOrEqual(1);
    }
  });

  it('announces nothing on the first reading in euros', () => {
    const first = year.readings.find((r) => r.at >= SWITCH_AT);
    expect(year.notifications.filter((e) => e.at === first?.at)).toEqual([]);
    expect(year.notifications.filter((e) => e.at >= SWITCH_AT).every((e) => e.currency === 'EUR')).toBe(true);
  });
});
