import { describe, expect, it } from 'vitest';
import {
  capMilestones,
  DEFAULT_CAP_LADDER,
  DEFAULT_PRICE_LADDER,
  milestonesForQuote,
  priceForCap,
  priceMilestones,
} from '../../../src/core/milestones';

describe('milestones around a quote', () => {
  it('gives the cap lines either side, how far, and the price each needs at the supply', () => {
    const supply = 20_000_000;
    const { below, above } = capMilestones(DEFAULT_CAP_LADDER, 1.6e12, supply);
    expect(below?.line).toBe(1.5e12);
    expect(below?.changePct).toBeCloseTo(-6.25, 10);
    expect(below?.priceNeeded).toBe(75_000);
    expect(above?.line).toBe(1.75e12);
    expect(above?.changePct).toBeCloseTo(9.375, 10);
    expect(above?.priceNeeded).toBe(87_500);
  });

  it('gives the price lines either side', () => {
    expect(priceMilestones(DEFAULT_PRICE_LADDER, 80_000)).toEqual({
      below: { line: 80_000, changePct: 0, priceNeeded: 80_000 },
      above: { line: 90_000, changePct: 12.5, priceNeeded: 90_000 },
    });
  });

  it('works from a quote', () => {
    const quote = { usd: 61_234.5, supplyBtc: 19_953_128.125, capUsd: 61_234.5 * 19_953_128.125 };
    const { cap, price } = milestonesForQuote(quote);
    expect(cap.below?.line).toBe(1e12);
    expect(cap.above?.line).toBe(1.25e12);
    expect(cap.above?.priceNeeded).toBeCloseTo(priceForCap(1.25e12, quote.supplyBtc), 6);
    expect(cap.above?.priceNeeded).toBeCloseTo(62_646.82, 2);
    expect(price.below?.line).toBe(60_000);
    expect(price.above?.line).toBe(70_000);
  });

  it('says nothing rather than NaN for unusable figures', () => {
    expect(capMilestones(DEFAULT_CAP_LADDER, 1e12, 0)).toEqual({ below: null, above: null });
    expect(priceMilestones(DEFAULT_PRICE_LADDER, Number.NaN)).toEqual({ below: null, above: null });
    expect(priceMilestones(DEFAULT_PRICE_LADDER, -3)).toEqual({ below: null, above: null });
  });
});
