import { describe, expect, it } from 'vitest';
import { noteFor } from '../../../src/core/detect/notes';
import { formatCompactCap, formatCompactPrice } from '../../../src/core/formatCompact';

describe('notes', () => {
  it('give the cap a price implies, with three significant digits', () => {
    expect(noteFor({ kind: 'price', value: 55_300 }, { priceUsd: 61_234.5, supplyBtc: 19_850_000 })).toBe(
      '≈ $1.10T cap',
    );
    expect(noteFor({ kind: 'price', value: 61_234.5 }, { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 })).toBe(
      '≈ $1.22T cap',
    );
    expect(noteFor({ kind: 'price', value: 20_000 }, { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 })).toBe(
      '≈ $399B cap',
    );
  });

  it('give the price a cap implies, per bitcoin with a lower-case k', () => {
    expect(noteFor({ kind: 'cap', value: 1e12 }, { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 })).toBe(
      '≈ $50.1k/BTC',
    );
    expect(noteFor({ kind: 'cap', value: 1.07e12 }, { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 })).toBe(
      '≈ $53.6k/BTC',
    );
    expect(noteFor({ kind: 'cap', value: 20e12 }, { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 })).toBe(
      '≈ $1.00M/BTC',
    );
  });

  it('are null rather than showing NaN or zero', () => {
    expect(noteFor({ kind: 'price', value: 55_300 }, { priceUsd: 61_234.5, supplyBtc: 0 })).toBeNull();
    expect(noteFor({ kind: 'cap', value: Number.NaN }, { priceUsd: 61_234.5, supplyBtc: 19e6 })).toBeNull();
    expect(formatCompactCap(0)).toBeNull();
    expect(formatCompactPrice(-1)).toBeNull();
  });
});
