import { describe, expect, it } from 'vitest';
import { noteFor } from '../../../src/core/detect/notes';
import { formatCompactCap, formatCompactPrice } from '../../../src/core/formatCompact';

describe('notes', () => {
  it('give the cap a price implies, with three significant digits', () => {
    expect(noteFor('price', 55_300, 19_850_000)).toBe('≈ $1.10T cap');
    expect(noteFor('price', 61_234.5, 19_953_128.125)).toBe('≈ $1.22T cap');
    expect(noteFor('price', 20_000, 19_953_128.125)).toBe('≈ $399B cap');
  });

  it('give the price a cap implies, per bitcoin with a lower-case k', () => {
    expect(noteFor('cap', 1e12, 19_953_128.125)).toBe('≈ $50.1k/BTC');
    expect(noteFor('cap', 1.07e12, 19_953_128.125)).toBe('≈ $53.6k/BTC');
    expect(noteFor('cap', 20e12, 19_953_128.125)).toBe('≈ $1.00M/BTC');
  });

  it('are null rather than showing NaN or zero', () => {
    expect(noteFor('price', 55_300, 0)).toBeNull();
    expect(noteFor('cap', Number.NaN, 19e6)).toBeNull();
    expect(formatCompactCap(0)).toBeNull();
    expect(formatCompactPrice(-1)).toBeNull();
  });
});
