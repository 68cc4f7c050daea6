// plausibility.ts: which amounts could be a price or a cap at all, against the figures passed in.
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds';

describe('plausibility', () => {
  it('follows the figures passed in', () => {
    const text = 'Bitcoin traded at $550.';
    expect(kinds(text)).toEqual(['$550:price']);
    expect(kinds(text, { priceUsd: 1_000_000, supplyBtc: 20e6 })).toEqual([]);
  });

  it('leaves a cap far below any bitcoin has had alone', () => {
    expect(kinds("A post claimed that bitcoin's market cap was $1 billion.")).toEqual([]);
  });
});
