import { describe, expect, it } from 'vitest';
import { consensusPrice, median } from '../../../src/core/median';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('consensus price', () => {
  const s = (source: string, usd: number) => ({ source, usd });

  it('is the median of agreeing sources', () => {
    expect(consensusPrice([s('a', 61_200), s('b', 61_250), s('c', 61_300)])).toEqual({
      usd: 61_250,
      used: ['a', 'b', 'c'],
      outliers: [],
    });
  });

  it('leaves out a source 10x off and names it with its deviation', () => {
    const result = consensusPrice([s('coingecko', 61_234), s('coinbase', 612_345), s('kraken', 61_240)]);
    expect(result?.usd).toBe(61_237);
    expect(result?.used).toEqual(['coingecko', 'kraken']);
    expect(result?.outliers).toHaveLength(1);
    expect(result?.outliers[0].source).toBe('coinbase');
    expect(result?.outliers[0].deviationPct).toBeCloseTo(899.9, 0);
  });

  it('keeps a source just inside 2% and drops one just outside', () => {
    const inside = consensusPrice([s('a', 100_000), s('b', 100_000), s('c', 101_990)]);
    expect(inside?.used).toEqual(['a', 'b', 'c']);
    const outside = consensusPrice([s('a', 100_000), s('b', 100_000), s('c', 102_010)]);
    expect(outside?.used).toEqual(['a', 'b']);
    expect(outside?.usd).toBe(100_000);
  });

  it('has no consensus when two sources disagree, or when only one of three survives', () => {
    expect(consensusPrice([s('a', 61_000), s('b', 65_000)])).toBeNull();
    expect(consensusPrice([s('a', 61_000), s('b', 70_000), s('c', 80_000)])).toBeNull();
  });

  it('uses a lone source when it is the only one that answered', () => {
    expect(consensusPrice([s('a', 61_000)])).toEqual({ usd: 61_000, used: ['a'], outliers: [] });
  });

  it('ignores zero, negative and non-finite values and has no price from none', () => {
    expect(consensusPrice([])).toBeNull();
    expect(consensusPrice([s('a', 0), s('b', -5), s('c', Number.NaN)])).toBeNull();
    expect(consensusPrice([s('a', 0), s('b', 61_000), s('c', 61_010)])?.used).toEqual(['b', 'c']);
  });
});
