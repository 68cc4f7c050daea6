import { describe, expect, it } from 'vitest';
import {
  type CrossingEvent,
  eventBody,
  eventTitle,
  type HighEvent,
  longMoney,
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
    price: 76_000,
    cap: 1.52 * T,
    currency: 'USD',
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
    expect(longMoney(usd)).toBe(text);
  });

  it.each([
    ['EUR', 1.5 * T, 'en-US', '€1.5 trillion'],
    ['GBP', 900e9, 'en-US', '£900 billion'],
    ['JPY', 150 * T, 'en-US', '¥150 trillion'],
    ['CAD', 2 * T, 'en-US', 'C$2 trillion'],
    ['CHF', 1 * T, 'en-US', 'CHF 1 trillion'],
    ['EUR', 100_000, 'en-US', '€100,000'],
    ['JPY', 15_000_000, 'en-US', '¥15 million'],
  ] as const)('%s %d reads %s', (currency, amount, locale, text) => {
    expect(longMoney(amount, currency, 3, undefined, locale)).toBe(text);
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
  });

  it('claims neither a first nor a repeat when the past of the line is not known', () => {
    expect(eventTitle(crossing({}))).toBe("Bitcoin's market cap rises above $1.5 trillion");
    expect(eventTitle(crossing({ currency: 'EUR', line: 1.25 * T }))).toBe(
      "Bitcoin's market cap rises above €1.25 trillion",
    );
  });

  it('words every amount of an event in its own currency', () => {
    const euro = crossing({
      currency: 'EUR',
      metric: 'price',
      line: 120_000,
      first: true,
      price: 120_400,
      cap: 2.4 * T,
    });
    expect(eventTitle(euro)).toBe('Bitcoin tops €120,000 — for the first time');
    expect(eventBody(euro)).toBe('€120,400; market cap €2.4T.');
    expect(timelineText(euro)).toBe('Price topped €120K, first time');
    const yen = crossing({
      currency: 'JPY',
      line: 300 * T,
      alsoCrossed: [250 * T],
      first: true,
      price: 15e6,
      cap: 301 * T,
    });
    expect(eventTitle(yen)).toBe("Bitcoin's market cap tops ¥300 trillion — for the first time");
    expect(eventBody(yen)).toBe('Market cap ¥301T at ¥15 million per BTC. Also passed ¥250 trillion.');
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
    const event = crossing({ line: 1.75 * T, alsoCrossed: [1.25 * T, 1.5 * T], cap: 1.8 * T, price: 90_000 });
    expect(eventBody(event)).toBe('Market cap $1.8T at $90,000 per BTC. Also passed $1.25 trillion and $1.5 trillion.');
    expect(eventBody(crossing({ metric: 'price', line: 100_000, price: 100_250, cap: 1.99 * T }))).toBe(
      '$100,250; market cap $1.99T.',
    );
  });

  it('words a new high with the one it beats', () => {
    const high: HighEvent = {
      kind: 'high',
      metric: 'price',
      value: 127_450,
      previous: { value: 126_080, day: '2025-10-06' },
      price: 127_450,
      cap: 2.55 * T,
      currency: 'USD',
      at: 0,
    };
    expect(eventTitle(high)).toBe('Bitcoin sets a new all-time high: $127,450');
    expect(eventBody(high)).toBe('$127,450; market cap $2.55T. Previous high $126,080 on 2025-10-06.');
    expect(timelineText(high)).toBe('Price new all-time high $127K');
  });

  it('has one short line per event for the timeline', () => {
    expect(timelineText(crossing({ first: true }))).toBe('Cap topped $1.5T, first time');
    expect(timelineText(crossing({ firstReached: { day: '2024-11-07', precision: 'day' } }))).toBe(
      'Cap back above $1.5T',
    );
    expect(timelineText(crossing({}))).toBe('Cap rose above $1.5T');
    expect(timelineText(crossing({ metric: 'price', direction: 'down', line: 100_000 }))).toBe(
      'Price fell below $100K',
    );
  });
});
