import { describe, expect, it } from 'vitest';
import {
  type CrossingEvent,
  eventBody,
  eventTitle,
  type HighEvent,
  longUsd,
  timelineText,
  whenText,
} from '../../../src/core/milestones';

const T = 1e12;

function crossing(over: Partial<CrossingEvent>): CrossingEvent {
  return {
    kind: 'crossing',
    metric: 'cap',
    direction: 'up',
    line: 1.5 * T,
    alsoCrossed: [],
    first: false,
    firstReached: null,
    usd: 76_000,
    capUsd: 1.52 * T,
    at: 0,
    ...over,
  };
}

describe('long-form amounts', () => {
  it.each([
    [1.5 * T, '$1.5 trillion'],
    [1.25 * T, '$1.25 trillion'],
    [2 * T, '$2 trillion'],
    [900e9, '$900 billion'],
    [1e6, '$1 million'],
    [100_000, '$100,000'],
    [125_000, '$125,000'],
  ])('%d reads %s', (usd, text) => {
    expect(longUsd(usd)).toBe(text);
  });
});

describe('notification titles', () => {
  it('says "for the first time" only for a first', () => {
    expect(eventTitle(crossing({ first: true }))).toBe("Bitcoin's market cap tops $1.5 trillion — for the first time");
    expect(eventTitle(crossing({ metric: 'price', line: 100_000, first: true }))).toBe(
      'Bitcoin tops $100,000 — for the first time',
    );
  });

  it('says when a repeat was first reached, as precisely as it is known', () => {
    expect(eventTitle(crossing({ firstReached: { day: '2024-11-07', precision: 'day' } }))).toBe(
      "Bitcoin's market cap is back above $1.5 trillion, first reached 2024-11-07",
    );
    expect(eventTitle(crossing({ firstReached: { day: '2024-11-07', precision: 'approx' } }))).toBe(
      "Bitcoin's market cap is back above $1.5 trillion, first reached around 2024-11-07",
    );
    expect(
      eventTitle(crossing({ metric: 'price', line: 100_000, firstReached: { day: '2024-12-05', precision: 'day' } })),
    ).toBe('Bitcoin is back above $100,000, first reached 2024-12-05');
    expect(eventTitle(crossing({}))).toBe("Bitcoin's market cap is back above $1.5 trillion");
  });

  it('says a fall plainly', () => {
    expect(eventTitle(crossing({ direction: 'down', line: 2 * T }))).toBe(
      "Bitcoin's market cap falls below $2 trillion",
    );
    expect(eventTitle(crossing({ metric: 'price', direction: 'down', line: 90_000 }))).toBe(
      'Bitcoin falls below $90,000',
    );
  });

  it('words the three kinds of day', () => {
    expect(whenText({ day: '2021-02-16', precision: 'onOrBefore', notBefore: '2020-12-16' })).toBe(
      'on or before 2021-02-16',
    );
  });
});

describe('notification bodies and the timeline', () => {
  it('gives the figures and the other lines passed', () => {
    const event = crossing({ line: 1.75 * T, alsoCrossed: [1.25 * T, 1.5 * T], capUsd: 1.8 * T, usd: 90_000 });
    expect(eventBody(event)).toBe('Market cap $1.8T at $90,000 per BTC. Also passed $1.25 trillion and $1.5 trillion.');
    expect(eventBody(crossing({ metric: 'price', line: 100_000, usd: 100_250, capUsd: 1.99 * T }))).toBe(
      '$100,250; market cap $1.99T.',
    );
  });

  it('words a new high with the one it beats', () => {
    const high: HighEvent = {
      kind: 'high',
      metric: 'price',
      value: 127_450,
      previous: { value: 126_080, day: '2025-10-06' },
      usd: 127_450,
      capUsd: 2.55 * T,
      at: 0,
    };
    expect(eventTitle(high)).toBe('Bitcoin sets a new all-time high: $127,450');
    expect(eventBody(high)).toBe('$127,450; market cap $2.55T. Previous high $126,080 on 2025-10-06.');
    expect(timelineText(high)).toBe('Price new all-time high $127K');
  });

  it('has one short line per event for the timeline', () => {
    expect(timelineText(crossing({ first: true }))).toBe('Cap topped $1.5T, first time');
    expect(timelineText(crossing({}))).toBe('Cap back above $1.5T');
    expect(timelineText(crossing({ metric: 'price', direction: 'down', line: 100_000 }))).toBe(
      'Price fell below $100K',
    );
  });
});
