import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LADDERS,
  firstReached,
  isDay,
  linesIn,
  METRICS,
  recordSeen,
  SHIPPED_FIRSTS,
  SHIPPED_HIGHS,
} from '../../../src/core/milestones';
import { issuedBtcThrough } from '../../../src/core/supply';

describe('the shipped history table', () => {
  it('knows $1T was first crossed in February 2021', () => {
    expect(firstReached('cap', 1e12)).toEqual({ day: '2021-02-19', precision: 'day' });
  });

  it('ships the all-time highs as of the build', () => {
    expect(SHIPPED_HIGHS.price).toEqual({ value: 126_080, day: '2025-10-06' });
    // Price × supply that day: about $2.51T, whatever the exact height within the estimate.
    expect(SHIPPED_HIGHS.cap.day).toBe('2025-10-06');
    expect(SHIPPED_HIGHS.cap.value).toBeGreaterThan(126_080 * issuedBtcThrough(916_900));
    expect(SHIPPED_HIGHS.cap.value).toBeLessThan(126_080 * issuedBtcThrough(918_500));
  });

  it('has a row for every default ladder line up to the highs, and none above', () => {
    for (const metric of METRICS) {
      const lines = SHIPPED_FIRSTS.filter((r) => r.metric === metric).map((r) => r.line);
      for (const line of linesIn(DEFAULT_LADDERS[metric], 0, SHIPPED_HIGHS[metric].value)) {
        expect(lines, `${metric} ${line}`).toContain(line);
      }
      expect(Math.max(...lines)).toBeLessThanOrEqual(SHIPPED_HIGHS[metric].value);
    }
  });

  it('has well-formed rows, each with a named source', () => {
    for (const row of SHIPPED_FIRSTS) {
      expect(isDay(row.day), row.day).toBe(true);
      if (row.notBefore !== undefined) {
        expect(isDay(row.notBefore)).toBe(true);
        expect(row.notBefore <= row.day).toBe(true);
      }
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.day <= SHIPPED_HIGHS[row.metric].day).toBe(true);
    }
  });

  it('never dates a lower line after a higher one, nor a derived bound before a known lower day', () => {
    for (const metric of METRICS) {
      const rows = SHIPPED_FIRSTS.filter((r) => r.metric === metric).sort((a, b) => a.line - b.line);
      for (const [i, low] of rows.entries()) {
        for (const high of rows.slice(i + 1)) {
          expect(low.day <= high.day, `${low.line} before ${high.line}`).toBe(true);
          if (low.precision === 'day' && high.notBefore) expect(low.day <= high.notBefore).toBe(true);
        }
      }
    }
  });

  it('claims no exact day for the rows it derived', () => {
    expect(firstReached('price', 30_000)).toEqual({
      day: '2021-02-16',
      precision: 'onOrBefore',
      notBefore: '2020-12-16',
    });
    expect(firstReached('cap', 1.5e12)).toEqual({ day: '2024-11-07', precision: 'approx' });
  });
});

describe('first-reached days for lines not in the table', () => {
  it('bounds a user line between the table rows around it', () => {
    expect(firstReached('price', 110_000)).toEqual({
      day: '2025-10-06',
      precision: 'onOrBefore',
      notBefore: '2024-12-05',
    });
    expect(firstReached('cap', 1.1e12)).toEqual({
      day: '2021-11-10',
      precision: 'onOrBefore',
      notBefore: '2021-02-19',
    });
  });

  it('bounds a line between the shipped table and the highs by the high', () => {
    expect(firstReached('price', 126_000)).toEqual({
      day: '2025-10-06',
      precision: 'onOrBefore',
      notBefore: '2024-12-05',
    });
  });

  it('knows nothing of a line above every high', () => {
    expect(firstReached('price', 150_000)).toBeNull();
    expect(firstReached('cap', 3e12)).toBeNull();
  });

  it('uses rows and highs seen at run time', () => {
    const seen = recordSeen(
      [],
      [{ metric: 'price', line: 150_000, day: '2026-09-01', precision: 'day', source: 'seen' }],
    );
    expect(firstReached('price', 150_000, seen)).toEqual({ day: '2026-09-01', precision: 'day' });
    expect(firstReached('price', 140_000, seen)).toEqual({
      day: '2026-09-01',
      precision: 'onOrBefore',
      notBefore: '2024-12-05',
    });
    expect(firstReached('price', 170_000, seen, [{ value: 171_000, day: '2026-10-02' }])).toEqual({
      day: '2026-10-02',
      precision: 'onOrBefore',
      notBefore: '2026-09-01',
    });
  });

  it('keeps the seen rows bounded and never overrides a known row', () => {
    const row = (line: number) => ({
      metric: 'price' as const,
      line,
      day: '2027-01-01',
      precision: 'day' as const,
      source: 'seen',
    });
    const seen = recordSeen([], [row(100_000), ...Array.from({ length: 10 }, (_, i) => row(200_000 + i * 50_000))], 4);
    expect(seen.map((r) => r.line)).toEqual([500_000, 550_000, 600_000, 650_000]);
  });
});
