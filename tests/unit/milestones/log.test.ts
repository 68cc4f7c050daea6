import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  appendToLog,
  initialMilestoneMemory,
  isDay,
  LOG_LIMIT,
  loadMilestoneLog,
  type MilestoneEvent,
  milestoneMemorySchema,
  observe,
  utcDay,
} from '../../../src/core/milestones';

const event = (at: number, line = 100_000): MilestoneEvent => ({
  kind: 'crossing',
  metric: 'price',
  direction: 'up',
  line,
  alsoCrossed: [],
  first: false,
  firstReached: { day: '2024-12-05', precision: 'day' },
  price: line + 1,
  cap: (line + 1) * 2e7,
  currency: 'USD',
  at,
});

describe('the timeline log', () => {
  it('keeps the newest first, bounded', () => {
    let log: MilestoneEvent[] = [];
    for (let at = 1; at <= LOG_LIMIT + 5; at++) log = appendToLog(log, [event(at)]);
    expect(log).toHaveLength(LOG_LIMIT);
    expect(log[0].at).toBe(LOG_LIMIT + 5);
    expect(log[log.length - 1].at).toBe(6);
  });

  it('keeps the order of the events of one round', () => {
    const log = appendToLog([event(1)], [event(5, 100_000), event(5, 125_000)], 3);
    expect(log.map((e) => [e.at, e.kind === 'crossing' && e.line])).toEqual([
      [5, 100_000],
      [5, 125_000],
      [1, 100_000],
    ]);
  });

  it('reads back from storage, dropping only the entries that are damaged', () => {
    const stored = JSON.parse(JSON.stringify([event(3), { kind: 'crossing', line: 'NaN' }, event(1)]));
    expect(loadMilestoneLog(stored)).toEqual([event(3), event(1)]);
    expect(loadMilestoneLog(null)).toEqual([]);
  });

  it('reads events stored before milestones followed the currency as dollars', () => {
    const { price, cap, currency, ...rest } = event(3);
    expect(currency).toBe('USD');
    expect(loadMilestoneLog([{ ...rest, usd: price, capUsd: cap }])).toEqual([event(3)]);
  });

  it('validates a memory produced by observe with the exported schema', () => {
    const { memory } = observe(
      initialMilestoneMemory(),
      { price: 150_500, cap: 3.01e12, currency: 'USD' },
      1_780_000_000_000,
    );
    expect(v.safeParse(milestoneMemorySchema, JSON.parse(JSON.stringify(memory))).success).toBe(true);
  });
});

describe('days', () => {
  it('accepts real UTC days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-2-29')).toBe(false);
    expect(utcDay(Date.parse('2025-10-06T23:59:59Z'))).toBe('2025-10-06');
  });
});
