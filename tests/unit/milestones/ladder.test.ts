import { describe, expect, it } from 'vitest';
import {
  checkLadder,
  DEFAULT_CAP_LADDER,
  DEFAULT_PRICE_LADDER,
  isLine,
  LadderError,
  linesAround,
  linesIn,
  parseLadder,
} from '../../../src/core/milestones';

const B = 1e9;
const T = 1e12;

describe('default ladders', () => {
  it('has every $100B up to $1T, every $250B up to $5T, then every $1T for the cap', () => {
    expect(linesIn(DEFAULT_CAP_LADDER, 0, 7 * T)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => n * 100 * B),
      ...Array.from({ length: 16 }, (_, i) => T + (i + 1) * 250 * B),
      6 * T,
      7 * T,
    ]);
  });

  it('has every $10k up to $100k, every $25k up to $300k, then every $50k for the price', () => {
    expect(linesIn(DEFAULT_PRICE_LADDER, 85_000, 420_000)).toEqual([
      90_000, 100_000, 125_000, 150_000, 175_000, 200_000, 225_000, 250_000, 275_000, 300_000, 350_000, 400_000,
    ]);
  });
});

describe('lines around a value', () => {
  it.each([
    // A value exactly on a line has reached it: it is the line below, the next one is above.
    [100_000, 100_000, 125_000],
    [99_999.99, 90_000, 100_000],
    [100_000.01, 100_000, 125_000],
    [300_000, 300_000, 350_000],
    [10_000, 10_000, 20_000],
    [61_234.5, 60_000, 70_000],
  ])('price %d lies between %s and %s', (value, below, above) => {
    expect(linesAround(DEFAULT_PRICE_LADDER, value)).toEqual({ below, above });
  });

  it('has nothing below a value under the first line', () => {
    expect(linesAround(DEFAULT_PRICE_LADDER, 9_999)).toEqual({ below: null, above: 10_000 });
    expect(linesAround(DEFAULT_CAP_LADDER, 5e9)).toEqual({ below: null, above: 100 * B });
  });

  it('goes on with the last step far beyond the explicit segments', () => {
    expect(linesAround(DEFAULT_CAP_LADDER, 5 * T)).toEqual({ below: 5 * T, above: 6 * T });
    expect(linesAround(DEFAULT_CAP_LADDER, 987.6 * T)).toEqual({ below: 987 * T, above: 988 * T });
    expect(linesAround(DEFAULT_PRICE_LADDER, 12_345_678)).toEqual({ below: 12_300_000, above: 12_350_000 });
  });

  it('walks cap lines at the segment edges', () => {
    expect(linesAround(DEFAULT_CAP_LADDER, T)).toEqual({ below: T, above: 1.25 * T });
    expect(linesAround(DEFAULT_CAP_LADDER, T - 1)).toEqual({ below: 900 * B, above: T });
    expect(linesAround(DEFAULT_CAP_LADDER, 1.21 * T)).toEqual({ below: T, above: 1.25 * T });
  });

  it('stops at the top of a ladder whose last segment has an end', () => {
    const ladder = parseLadder({ segments: [{ upTo: 50_000, step: 25_000 }] });
    expect(linesAround(ladder, 80_000)).toEqual({ below: 50_000, above: null });
    expect(linesIn(ladder, 0, 1e9)).toEqual([25_000, 50_000]);
  });

  it('works on explicit values, sorted whatever order they came in', () => {
    const ladder = parseLadder({ values: [69_000, 20_000, 100_000] });
    expect(ladder).toEqual({ values: [20_000, 69_000, 100_000] });
    expect(linesAround(ladder, 69_000)).toEqual({ below: 69_000, above: 100_000 });
    expect(linesAround(ladder, 10)).toEqual({ below: null, above: 20_000 });
    expect(linesAround(ladder, 1e6)).toEqual({ below: 100_000, above: null });
    expect(isLine(ladder, 69_000)).toBe(true);
    expect(isLine(ladder, 70_000)).toBe(false);
  });

  it('lists the lines a move passes, the lower end excluded and the upper included', () => {
    expect(linesIn(DEFAULT_PRICE_LADDER, 90_000, 100_000)).toEqual([100_000]);
    expect(linesIn(DEFAULT_PRICE_LADDER, 100_000, 110_000)).toEqual([]);
    expect(linesIn(DEFAULT_PRICE_LADDER, 110_000, 90_000)).toEqual([]);
  });

  it('bounds the lines of an absurd jump, keeping the end it moves toward', () => {
    const top = linesIn(DEFAULT_CAP_LADDER, 0, 1e18, 5, 'top');
    expect(top).toEqual([999_996 * T, 999_997 * T, 999_998 * T, 999_999 * T, 1_000_000 * T]);
    expect(linesIn(DEFAULT_CAP_LADDER, 0, 1e18, 3, 'bottom')).toEqual([100 * B, 200 * B, 300 * B]);
  });
});

describe('ladder validation', () => {
  it('accepts the defaults as they are', () => {
    expect(checkLadder(DEFAULT_CAP_LADDER)).toEqual({ ok: true, ladder: DEFAULT_CAP_LADDER });
    expect(checkLadder(JSON.parse(JSON.stringify(DEFAULT_PRICE_LADDER)))).toEqual({
      ok: true,
      ladder: DEFAULT_PRICE_LADDER,
    });
  });

  it.each([
    [null, /must be \{segments/],
    [[1, 2], /must be \{segments/],
    [{}, /either segments or values/],
    [{ segments: [], values: [] }, /either segments or values/],
    [{ values: [] }, /at least one line/],
    [{ values: [100, 100] }, /\$100 appears twice/],
    [{ values: [100, -5] }, /value 2 must be above \$0/],
    [{ values: [100, Number.NaN] }, /value 2 must be a number/],
    [{ values: ['100'] }, /value 1 must be a number/],
    [{ values: [99.5] }, /whole number of dollars/],
    [{ values: Array.from({ length: 501 }, (_, i) => i + 1) }, /501 lines, at most 500/],
    [{ segments: [] }, /at least one segment/],
    [{ segments: [{ step: 0 }] }, /segment 1: step must be above \$0/],
    [{ segments: [{ step: 10, upto: 100 }] }, /segment 1: unknown key "upto"/],
    [{ segments: [{ step: 10 }, { upTo: 100, step: 10 }] }, /only the last segment may leave out upTo/],
    [
      {
        segments: [
          { upTo: 100, step: 10 },
          { upTo: 100, step: 10 },
        ],
      },
      /segment 2: upTo \$100 must be above the previous \$100/,
    ],
    [
      { segments: [{ upTo: 1e12, step: 3e11 }] },
      /segment 1: \$1,000,000,000,000 is not a whole number of \$300,000,000,000 steps above \$0/,
    ],
    [{ segments: [{ upTo: 1e12, step: 1e6 }] }, /segment 1: 1,000,000 lines, at most 1000/],
    [{ segments: [{ upTo: 10, step: 1 }], extra: true }, /ladder: unknown key "extra"/],
  ])('rejects %j with a reason', (input, reason) => {
    const checked = checkLadder(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(reason);
    expect(() => parseLadder(input)).toThrow(LadderError);
  });
});
