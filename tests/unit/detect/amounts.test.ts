import { describe, expect, it } from 'vitest';
import { findAmounts, parseNumber } from '../../../src/core/detect/amounts';
import { GROWTH_LIMIT, growthOverLinear } from '../support/growth';
import { bitcoinPage, kinds } from './kinds';

const only = (text: string) => {
  const amounts = findAmounts(text);
  expect(amounts).toHaveLength(1);
  return amounts[0];
};

describe('dollar amounts as news writes them', () => {
  it.each([
    ['$55,300', 55_300],
    ['$ 55,300', 55_300],
    ['$55,300.42', 55_300.42],
    ['$55.3K', 55_300],
    ['$57k', 57_000],
    ['US$55,300', 55_300],
    ['USD 55,300', 55_300],
    ['USD55,300', 55_300],
    ['55,300 USD', 55_300],
    ['55,300 dollars', 55_300],
    ['$1 trillion', 1e12],
    ['$1.2T', 1.2e12],
    ['$1.9tn', 1.9e12],
    ['$900 billion', 9e11],
    ['$97bn', 9.7e10],
    ['$5m', 5e6],
    ['$2.5 million', 2.5e6],
    ['1 trillion dollars', 1e12],
    ['$55\u2009300', 55_300],
    ['$55 300', 55_300],
    ['$1.234.567', 1_234_567],
    ['55.300 $', 55_300],
    ['55\u202f300\u00a0$US', 55_300],
    ['55 300,50 $', 55_300.5],
    ['$455-billion', 4.55e11],
    ['$1.3-trillion', 1.3e12],
    ['$75 K', 75_000],
    ['$1.27trn', 1.27e12],
    ['$1,50,000', 150_000],
    ['$12,34,56,789', 123_456_789],
  ])('%s is %d, spanning the whole expression', (text, usd) => {
    const amount = only(`Bitcoin at ${text} today`);
    expect(amount.usd).toBe(usd);
    expect(amount.text).toBe(text);
    expect(amount.start).toBe('Bitcoin at '.length);
    expect(amount.end).toBe('Bitcoin at '.length + text.length);
  });

  it('reads a dot after a leading dollar sign as a decimal point', () => {
    expect(only('$55.300').usd).toBeCloseTo(55.3);
    expect(parseNumber('55.300', true)).toBe(55_300);
  });

  it('reads "U.S." after a dollar amount as its currency, not before a capital it qualifies', () => {
    expect(only('bought at $89,430 U.S., it said').text).toBe('$89,430 U.S.');
    expect(only('now $1.8 trillion U.S. from more').text).toBe('$1.8 trillion U.S.');
    expect(only('at $52,000 U.S.').text).toBe('$52,000 U.S.');
    expect(only('a $5 billion U.S. Treasury sale').text).toBe('$5 billion');
    expect(findAmounts('all 50 U.S. states')).toEqual([]);
  });

  it('reads "dollar" joined to the number by a hyphen, as agencies write a threshold', () => {
    expect(only('above the 60,000-dollar threshold')).toMatchObject({ text: '60,000-dollar', usd: 60000 });
  });

  it("leaves a trading pair's quote currency out of the amount after it", () => {
    expect(only('BTC/USD $15,962 ▲ 2.4%').text).toBe('$15,962');
    expect(only('Close: USD $15,962').text).toBe('USD $15,962');
  });

  it("reads a bare number after a bitcoin pair in the pair's quote currency, as a ticker writes a price", () => {
    expect(only('BTC/USD 10,284.50 -2.1%')).toMatchObject({ text: '10,284.50', usd: 10284.5, currency: 'USD' });
    const rates = { GBP: 0.79 };
    expect(findAmounts('BTC/GBP 8,471', rates).map((a) => [a.text, a.currency])).toEqual([['8,471', 'GBP']]);
    // Another coin's pair, or a currency CapLens has no rate for, is no dollar amount.
    expect(findAmounts('ETH/USD 3,100 BTC/KRW 50,000,000')).toEqual([]);
  });

  it("leaves a pair's base currency out of the number before it, as a ticker strip runs on", () => {
    expect(findAmounts('Nikkei 29,671.70 USD/JPY 109.46')).toEqual([]);
    expect(only('Brent 78.90 USD a barrel').text).toBe('78.90 USD');
  });

  it('keeps a decimal comma apart from lakh grouping', () => {
    expect(parseNumber('1,50', false)).toBe(1.5);
    expect(parseNumber('1,50,000', false)).toBe(150_000);
  });

  it('keeps approximation marks and hedges out of the span', () => {
    expect(only('~$55k').text).toBe('$55k');
    expect(only('about $55,000').start).toBe(6);
    expect(only('₿1 = $55,300').text).toBe('$55,300');
  });

  it('finds both ends of a range, lending a multiplier to a bare first half', () => {
    expect(findAmounts('a $60K-$62K range').map((a) => [a.text, a.usd])).toEqual([
      ['$60K', 60_000],
      ['$62K', 62_000],
    ]);
    expect(findAmounts('a $60-62K range').map((a) => [a.text, a.usd])).toEqual([
      ['$60', 60_000],
      ['62K', 62_000],
    ]);
    expect(findAmounts('between $58,000 and $62,000').map((a) => a.usd)).toEqual([58_000, 62_000]);
    expect(findAmounts('between $1 and $1.2 trillion').map((a) => a.usd)).toEqual([1e12, 1.2e12]);
  });

  it('leaves other dollars, bare numbers and years alone', () => {
    expect(findAmounts('A$92,300, HK$478,000, C$80,000 and NZ$5')).toEqual([]);
    expect(findAmounts('In 2021, 300 people bought 1,000 coins at 55,300.')).toEqual([]);
  });

  // A headline's round number at a "mark" is a price without its sign; the classifier keeps it only beside
  // bitcoin's name.
  it('reads a round number at a "mark" as the page\'s dollar', () => {
    expect(only('Bitcoin smashes through 60,000 mark').text).toBe('60,000');
    expect(findAmounts('It passed the 60,000 marker and 2021 marked a top.')).toEqual([]);
    expect(kinds('Bitcoin smashes through 100,000 mark as buyers pile in', bitcoinPage)).toEqual(['100,000:price']);
    expect(kinds('The Dow smashes through 40,000 mark as stocks rally', bitcoinPage)).toEqual([]);
    expect(kinds('Index smashes through 40,000 mark', bitcoinPage)).toEqual([]);
  });

  it('reads a round number at a "level" the same way', () => {
    expect(kinds('A skeptic thinks bitcoin could fall back to the 50,000 level.', bitcoinPage)).toEqual([
      '50,000:price',
    ]);
    expect(kinds('The Dow could fall back to the 40,000 level.', bitcoinPage)).toEqual([]);
    expect(findAmounts('Sea level rose 3,000 levels of meaning.')).toEqual([]);
  });

  it('reads "40K" with no sign as the page\'s dollar, kept only after bitcoin\'s name', () => {
    expect(only('Bitcoin knocks on the 40K door')).toMatchObject({ text: '40K', usd: 40000 });
    expect(kinds('Bitcoin knocks on the 40K door', bitcoinPage)).toEqual(['40K:price']);
    expect(kinds('The race drew 40K runners; bitcoin sponsored it.', bitcoinPage)).toEqual([]);
    expect(findAmounts('a 401k plan, 2,500K units, 5K and 40k BTC')).toEqual([]);
  });

  it('reads "grand" as a thousand', () => {
    expect(only('$70 grand is a number many had as a target')).toMatchObject({ text: '$70 grand', usd: 70000 });
  });

  it('ends a multiplier at a word boundary', () => {
    expect(only('$5 To').text).toBe('$5');
    expect(only('$5 Trillion').usd).toBe(5e12);
    expect(only('$300 bnb').text).toBe('$300');
  });

  it('does not blow up on long runs of digits and separators', () => {
    const text = (n: number) => `$${'1,'.repeat(n)}1 ${'9'.repeat(2 * n)} ${'$ '.repeat(n)}`;
    expect(growthOverLinear(text, findAmounts, 1_600)).toBeLessThan(GROWTH_LIMIT);
  });
});
