// classify.ts: a value beside a short label, with no sentence around it, as key-figure boxes, tickers, lists
// of levels and live blogs write them. The page says whose value it is.
import { describe, expect, it } from 'vitest';
import { bitcoinPage, kinds } from './kinds';

describe('a line that names its figure but not its subject, on a page about bitcoin', () => {
  it('reads a cap the size of today\'s as bitcoin\'s ("Market cap: $1.22T" in a key-figures box)', () => {
    expect(kinds('Market cap: $1.22T', bitcoinPage)).toEqual(['$1.22T:cap']);
    expect(kinds('Market value: $1.2 trillion.', bitcoinPage)).toEqual(['$1.2 trillion:cap']);
    expect(kinds('Price: $61,234', bitcoinPage)).toEqual(['$61,234:price']);
  });

  it.each([
    ['a level in a list', 'R2 $12,420', ['$12,420:price']],
    ['a pivot', 'Pivot $11,490', ['$11,490:price']],
    ['a range in a key-figures box', '24h range: $59,620 – $65,480', ['$59,620:price', '$65,480:price']],
    ['a consensus figure', 'Highest: $200,000', ['$200,000:price']],
    ['a figure with a note after it', 'Bear case: $70,000 (median of those published)', ['$70,000:price']],
    ['a cost per coin', 'Average cost per coin: $72,115', ['$72,115:price']],
    // A key-figures box of an older day: bitcoin's cap then, far from today's.
    ['an older cap', 'Market cap: $204 billion', ['$204 billion:cap']],
    ['a cap the term names', 'Market cap: $372B', ['$372B:cap']],
    ['a live-blog entry', '$65,010 on Coinbase. So close to the day’s high.', ['$65,010:price']],
    ['a live-blog entry with its time', '9:48 p.m. $99,870 on Coinbase. So close.', ['$99,870:price']],
    [
      'a timeline of years',
      'It first crossed $1,000 in 2013. In 2017, $20,000. 2021, $69,000.',
      ['$1,000:price', '$20,000:price', '$69,000:price'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it('leaves it alone off a bitcoin page, for the whole market, for companies, and in sentences', () => {
    expect(kinds('Market cap: $1.22T')).toEqual([]);
    expect(kinds('R2 $12,420')).toEqual([]);
    expect(kinds('Total market cap: $2.4T', bitcoinPage)).toEqual([]);
    expect(kinds("Nvidia's market cap: $3.1 trillion.", bitcoinPage)).toEqual([]);
    expect(kinds('ETH $1,931', bitcoinPage)).toEqual([]);
    expect(kinds('LTC $221.40', bitcoinPage)).toEqual([]);
    // A table row's first cell names its subject, known to the detector or not ("Visa").
    expect(kinds('Visa\u2063Approximate market value: $540 billion', bitcoinPage)).toEqual([]);
    expect(kinds('Visa\u2063$540', bitcoinPage)).toEqual([]);
    // A sentence is no label: "Your basis is", "On a".
    expect(kinds('Your basis is $10,525.', bitcoinPage)).toEqual([]);
    expect(kinds("On a $500,000 portfolio, that's a lot.", bitcoinPage)).toEqual([]);
  });

  it('reads a table row of levels whose first cell says "Current" as the price now', () => {
    expect(kinds('Current\u2063$90,400\u2063$96,700', bitcoinPage)).toEqual(['$90,400:price', '$96,700:price']);
    expect(kinds('Visa\u2063$90,400', bitcoinPage)).toEqual([]);
  });
});
