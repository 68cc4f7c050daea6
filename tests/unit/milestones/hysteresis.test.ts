// The hysteresis a person expects: a line announced once stays announced through any number of small
// dips under it; only a real excursion (the margin, 0.5 %, under the line) re-arms it.
import { describe, expect, it } from 'vitest';
import {
  type CrossingEvent,
  eventTitle,
  initialMilestoneMemory,
  loadMilestoneMemory,
  type MilestoneMemory,
  observe,
} from '../../../src/core/milestones';

const T = 1e12;
const SUPPLY = 20_000_000;
const MINUTE = 60_000;
const START = Date.parse('2026-06-01T12:00:00Z');

/** Feeds market caps a minute apart through storage (JSON), as the background does; returns the crossings. */
function capCrossings(caps: number[], memory: MilestoneMemory = initialMilestoneMemory()) {
  const crossings: CrossingEvent[] = [];
  for (const [i, cap] of caps.entries()) {
    const stored = loadMilestoneMemory(JSON.parse(JSON.stringify(memory)));
    const out = observe(stored, { price: cap / SUPPLY, cap, currency: 'USD' }, START + i * MINUTE);
    crossings.push(...out.events.filter((e): e is CrossingEvent => e.kind === 'crossing' && e.metric === 'cap'));
    memory = out.memory;
  }
  return { crossings, memory };
}

/** The same with prices; returns [direction, line] of each price crossing. */
function priceCrossings(prices: number[]): Array<[string, number]> {
  let memory = initialMilestoneMemory();
  const out: Array<[string, number]> = [];
  for (const [i, price] of prices.entries()) {
    const step = observe(
      loadMilestoneMemory(JSON.parse(JSON.stringify(memory))),
      { price, cap: price * SUPPLY, currency: 'USD' },
      START + i * MINUTE,
    );
    for (const e of step.events) if (e.kind === 'crossing' && e.metric === 'price') out.push([e.direction, e.line]);
    memory = step.memory;
  }
  return out;
}

describe('a line announced once is held through dips within the margin', () => {
  it("walks the issue's path: one 'back above $1.25 trillion', then a second only after a real excursion", () => {
    const path = [1.21, 1.26, 1.2475, 1.26, 1.256, 1.249, 1.253, 1.258].map((x) => x * T);
    const first = capCrossings(path);
    expect(first.crossings.map((e) => [e.direction, e.line])).toEqual([['up', 1.25 * T]]);
    expect(eventTitle(first.crossings[0])).toBe(
      "Bitcoin's market cap is back above $1.25 trillion, first reached on or before 2021-11-10",
    );
    // $1.24T is 0.8 % under the line: a real fall, which re-arms it; the rise after it is news again.
    const second = capCrossings([1.24 * T, 1.26 * T], first.memory);
    expect(second.crossings.map((e) => [e.direction, e.line])).toEqual([
      ['down', 1.25 * T],
      ['up', 1.25 * T],
    ]);
  });

  it('says nothing for dips under a line after the price went well above it, however many', () => {
    expect(
      priceCrossings([98_000, 101_000, 99_800, 101_000, 99_700, 102_000, 99_600, 100_200, 99_510, 100_000]),
    ).toEqual([['up', 100_000]]);
  });

  it('announces a fall only once the price is the margin under the line', () => {
    expect(priceCrossings([101_000, 99_600])).toEqual([]);
    expect(priceCrossings([101_000, 99_500])).toEqual([['down', 100_000]]);
  });

  it('after a real fall, the next rise to the line is news, and the dips after it are not', () => {
    expect(priceCrossings([101_000, 99_400, 100_010, 99_700, 100_100, 99_600, 100_300])).toEqual([
      ['down', 100_000],
      ['up', 100_000],
    ]);
  });

  it('alternates, and a line announced again and again needs a deeper fall each time', () => {
    // The second rise needs a fall of 0.5 % first, the third 2 %, the fourth 8 %.
    const events = priceCrossings([
      98_000, 100_000, 99_000, 100_000, 99_000, 100_000, 98_000, 100_000, 95_000, 100_000,
    ]);
    expect(events).toEqual([
      ['up', 100_000],
      ['down', 100_000],
      ['up', 100_000],
      ['down', 100_000],
      ['up', 100_000],
    ]);
  });
});

describe('a busy line', () => {
  const DAY = 24 * 60 * MINUTE;
  /** Prices with their times; returns [direction, line] of each price crossing. */
  function timed(readings: Array<[at: number, price: number]>): Array<[string, number]> {
    let memory = initialMilestoneMemory();
    const out: Array<[string, number]> = [];
    for (const [at, price] of readings) {
      const step = observe(memory, { price, cap: price * SUPPLY, currency: 'USD' }, START + at);
      for (const e of step.events) if (e.kind === 'crossing' && e.metric === 'price') out.push([e.direction, e.line]);
      memory = loadMilestoneMemory(JSON.parse(JSON.stringify(step.memory)));
    }
    return out;
  }

  it('gets its 0.5 % back after 30 days without a rise announced there', () => {
    const busy: Array<[number, number]> = [
      [0, 98_000],
      [MINUTE, 100_000],
      [2 * MINUTE, 99_400],
      [3 * MINUTE, 100_000],
    ];
    // A 1 % dip a day later is not enough for the third rise; 31 days after the second it is.
    expect(timed([...busy, [DAY, 99_000], [DAY + MINUTE, 100_000]])).toHaveLength(3);
    expect(timed([...busy, [31 * DAY, 99_000], [31 * DAY + MINUTE, 100_000]])).toEqual([
      ['up', 100_000],
      ['down', 100_000],
      ['up', 100_000],
      ['down', 100_000],
      ['up', 100_000],
    ]);
  });
});
