import { describe, expect, it } from 'vitest';
import {
  issuedBtcThrough,
  issuedSatsThrough,
  LAST_SUBSIDISED_HEIGHT,
  nextHalving,
  subsidyAt,
} from '../../../src/core/supply';

describe('issued supply from block height', () => {
  // Supply after each block, from the subsidy schedule (50 BTC halving every 210,000 blocks, Bitcoin
  // Core's GetBlockSubsidy), at the era edges.
  it.each([
    [0, 50],
    [209_999, 10_500_000],
    [210_000, 10_500_025],
    [629_999, 18_375_000],
    [630_000, 18_375_006.25],
    [839_999, 19_687_500],
    [840_000, 19_687_503.125],
    [900_000, 19_875_003.125],
    [925_000, 19_953_128.125],
    [1_049_999, 20_343_750],
  ])('through block %i is %d BTC', (height, btc) => {
    expect(issuedBtcThrough(height)).toBe(btc);
  });

  it('stops at 2,099,999,997,690,000 sats with the last subsidised block', () => {
    expect(issuedSatsThrough(LAST_SUBSIDISED_HEIGHT)).toBe(2_099_999_997_690_000n);
    expect(subsidyAt(LAST_SUBSIDISED_HEIGHT)).toBe(1n);
    expect(subsidyAt(LAST_SUBSIDISED_HEIGHT + 1)).toBe(0n);
    expect(issuedSatsThrough(LAST_SUBSIDISED_HEIGHT + 1)).toBe(2_099_999_997_690_000n);
    expect(issuedSatsThrough(20_000_000)).toBe(2_099_999_997_690_000n);
    expect(issuedBtcThrough(20_000_000)).toBe(20_999_999.9769);
  });

  it('halves the subsidy every 210,000 blocks', () => {
    expect(subsidyAt(209_999)).toBe(5_000_000_000n);
    expect(subsidyAt(210_000)).toBe(2_500_000_000n);
    expect(subsidyAt(840_000)).toBe(312_500_000n);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects height %d with a clear error', (height) => {
    expect(() => issuedSatsThrough(height)).toThrow(/block height must be a non-negative integer/);
  });
});

describe('next halving', () => {
  it('counts the blocks left and estimates the date at ten minutes a block', () => {
    const now = Date.UTC(2026, 10, 25);
    const next = nextHalving(925_000, now);
    expect(next).toEqual({
      height: 1_050_000,
      blocksLeft: 125_000,
      estimatedAt: now + 125_000 * 600_000,
      subsidyBtc: 1.5625,
    });
  });

  it('is the block after the edge when sitting on one', () => {
    expect(nextHalving(840_000, 0)?.height).toBe(1_050_000);
    expect(nextHalving(839_999, 0)?.blocksLeft).toBe(1);
  });

  it('is null once issuance has ended', () => {
    expect(nextHalving(LAST_SUBSIDISED_HEIGHT, 0)).toBeNull();
  });
});
