import { describe, expect, it } from 'vitest';
import {
  type CrossingEvent,
  eventBody,
  eventTitle,
  initialMilestoneMemory,
  type MilestoneEvent,
  mergeRound,
  observe,
} from '../../../src/core/milestones';

// Close to today's supply: a price under its high makes a cap under its high.
const SUPPLY = 19_950_000;
const START = Date.parse('2026-06-01T12:00:00Z');

/** The events of the round that takes the price from `from` to `to` (cap = price × 19.95M). */
function round(from: number, to: number): MilestoneEvent[] {
  const reading = (price: number) => ({ price, cap: price * SUPPLY, currency: 'USD' as const });
  const first = observe(initialMilestoneMemory(), reading(from), START);
  return observe(first.memory, reading(to), START + 60_000).events;
}

describe('a price and a cap crossing of one round make one notification', () => {
  it('headed by the price, with the cap line in its text', () => {
    const events = round(124_000, 125_900);
    expect(events.map((e) => e.metric)).toEqual(['price', 'cap']);
    const merged = mergeRound(events);
    expect(merged).toHaveLength(1);
    expect(eventTitle(merged[0])).toBe('Bitcoin is back above $125,000, first reached on or before 2025-10-06');
    expect(eventBody(merged[0])).toBe('$125,900; market cap $2.51T. The market cap passed $2.5 trillion too.');
  });

  it('says when the other line is a first too', () => {
    const [merged] = mergeRound(round(140_000, 151_000));
    expect(eventTitle(merged)).toBe('Bitcoin tops $150,000 — for the first time');
    expect(eventBody(merged)).toBe(
      '$151,000; market cap $3.01T. The market cap passed $3 trillion too, also for the first time.',
    );
  });

  it('is headed by the cap when only the cap line is a first', () => {
    const [price, cap] = round(124_000, 125_900) as CrossingEvent[];
    const [merged] = mergeRound([price, { ...cap, first: true, firstReached: null }]);
    expect(eventTitle(merged)).toBe("Bitcoin's market cap tops $2.5 trillion — for the first time");
    expect(eventBody(merged)).toBe('Market cap $2.51T at $125,900 per BTC. The price passed $125,000 too.');
  });

  it('leaves a lone crossing, a high, and crossings in opposite directions as they are', () => {
    const [price, cap] = round(124_000, 125_900) as CrossingEvent[];
    expect(mergeRound([price])).toEqual([price]);
    const down: CrossingEvent = { ...cap, direction: 'down' };
    expect(mergeRound([price, down])).toEqual([price, down]);
    const high = round(126_000, 127_000);
    expect(high.map((e) => e.kind)).toEqual(['high']);
    expect(mergeRound(high)).toEqual(high);
  });
});

describe('a new high and a crossing of one round make one notification', () => {
  const event = (e: Partial<CrossingEvent>): CrossingEvent => ({
    kind: 'crossing',
    metric: 'cap',
    direction: 'up',
    line: 3.25e12,
    alsoCrossed: [],
    first: true,
    firstReached: null,
    price: 166_000,
    cap: 3.3e12,
    currency: 'EUR',
    at: START,
    ...e,
  });
  const high: MilestoneEvent = {
    kind: 'high',
    metric: 'price',
    value: 166_000,
    previous: { value: 160_000, day: '2026-05-30' },
    price: 166_000,
    cap: 3.3e12,
    currency: 'EUR',
    at: START,
  };

  it('the first crossing, which is a new high already', () => {
    const first = event({});
    expect(mergeRound([high, first])).toEqual([first]);
  });

  it('the new high, which is above a line the price is back above', () => {
    expect(mergeRound([event({ metric: 'price', line: 125_000, first: false }), high])).toEqual([high]);
  });

  it('but a fall is its own news', () => {
    const fall = event({ direction: 'down', first: false });
    expect(mergeRound([high, fall])).toEqual([high, fall]);
  });
});
