import { describe, expect, it } from 'vitest';
import {
  badgeText,
  formatAge,
  formatChangePct,
  formatClock,
  formatCompactMoney,
  formatPct,
  formatPrice,
  formatSupply,
} from '../../../src/core/format';
import { t } from '../../../src/i18n/t';

describe('badge text', () => {
  it.each([
    [61_234.5, '61.2k'],
    [104_123, '104k'],
    [99_960, '100k'],
    [9_870, '9.87k'],
    [1_234_567, '1.23M'],
    [999, '999'],
  ])('%d → %s', (usd, text) => {
    expect(badgeText(usd)).toBe(text);
  });

  it('is never longer than five characters', () => {
    for (let usd = 1; usd < 1e12; usd *= 1.37) expect((badgeText(usd) ?? '').length).toBeLessThanOrEqual(5);
  });

  it.each([0, -1, Number.NaN, null, undefined])('is null for %s rather than showing it', (value) => {
    expect(badgeText(value)).toBeNull();
  });
});

describe('figures', () => {
  it('formats prices in whole dollars from $1,000 and in cents below', () => {
    expect(formatPrice(61_234.5)).toBe('$61,235');
    expect(formatPrice(61_234.5, 'en-US', true)).toBe('$61,234.50');
    expect(formatPrice(0.5)).toBe('$0.50');
    expect(formatPrice(61_234.5, 'de-DE')).toBe('61.235\u00a0$');
  });
  it('formats caps compactly with three significant digits', () => {
    expect(formatCompactMoney(1_221_819_824_170)).toBe('$1.22T');
    expect(formatCompactMoney(900e9)).toBe('$900B');
  });
  it('formats supply in whole coins, never rounding up', () => {
    expect(formatSupply(19_953_128.125)).toBe('19,953,128');
    expect(formatSupply(19_953_128.999)).toBe('19,953,128');
  });
  it('signs percentages', () => {
    expect(formatChangePct(2.1)).toBe('+2.1%');
    expect(formatChangePct(-0.44)).toBe('-0.4%');
    expect(formatChangePct(0)).toBe('0.0%');
    expect(formatChangePct(Number.NaN)).toBeNull();
  });
  it('writes percentages as the locale does, not as JavaScript does', () => {
    expect(formatPct(10.7)).toBe('10.7%');
    expect(formatPct(10.7, 'de')).toBe('10,7\u00a0%');
    expect(formatPct(10.7, 'es')).toBe('10,7\u00a0%');
    expect(formatPct(10, 'de')).toBe('10,0\u00a0%');
    expect(formatChangePct(2.34, 'de')).toBe('+2,3\u00a0%');
    expect(formatChangePct(-0.44, 'de-DE')).toBe('-0,4\u00a0%');
    expect(formatPct(-0.6234, 'de', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe('-0,62\u00a0%');
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined]) expect(formatPct(value)).toBeNull();
  });
  it('says ages in words', () => {
    expect(formatAge(12_400, t)).toBe('12 s');
    expect(formatAge(4 * 60_000, t)).toBe('4 min');
    expect(formatAge(3 * 3_600_000, t)).toBe('3 h');
    expect(formatAge(3 * 86_400_000, t)).toBe('3 d');
  });
  it('gives a 24-hour clock time', () => {
    expect(formatClock(Date.UTC(2026, 10, 25, 16, 23, 5), 'en-US', 'UTC')).toBe('16:23:05');
  });
  it.each([0, -3, Number.NaN, Number.POSITIVE_INFINITY])('never formats %d as a figure', (value) => {
    expect(formatPrice(value)).toBeNull();
    expect(formatCompactMoney(value)).toBeNull();
    expect(formatSupply(value)).toBeNull();
  });
});
