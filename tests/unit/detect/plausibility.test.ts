// plausibility.ts: which amounts could be a price or a cap at all, against the figures passed in.
import { describe, expect, it } from 'vitest';
import { describePage } from '../../../src/core/detect';
import { bitcoinPage, kinds } from './kinds';

describe('plausibility', () => {
  it('follows the figures passed in', () => {
    const text = 'Bitcoin traded at $550.';
    expect(kinds(text)).toEqual(['$550:price']);
    expect(kinds(text, { priceUsd: 1_000_000, supplyBtc: 20e6 })).toEqual([]);
  });

  it('leaves a cap far below any bitcoin has had alone', () => {
    expect(kinds("A post claimed that bitcoin's market cap was $1 billion.")).toEqual([]);
  });

  it("takes a price named as one coin's at any size below today's", () => {
    expect(kinds('By late afternoon in New York, one bitcoin fetched about $105.')).toEqual(['$105:price']);
    expect(kinds('When the exchange opened in July, one bitcoin fetched about $0.08.')).toEqual(['$0.08:price']);
    expect(kinds('By late afternoon, one share fetched about $105.')).toEqual([]);
  });

  // History: an old page, or a sentence naming a year before 2017, writes the sizes of its time.
  describe('older sizes', () => {
    const oldPage = { ...bitcoinPage, pageContext: describePage('Bitcoin plunges. Wed Apr 10, 2013 7:02pm EDT') };
    it.each([
      [
        'a sentence naming its year',
        'Bitcoin reached $1 for the first time in February 2011 and soared to about $31 in June.',
        bitcoinPage,
        ['$1:price', '$31:price'],
      ],
      [
        'a cap in such a sentence',
        'In January 2015 the entire bitcoin network was worth about $4.3 billion.',
        bitcoinPage,
        ['$4.3 billion:cap'],
      ],
      [
        'a price on a page dated then',
        'Bitcoin started the year at about $13.50 and crossed $100 for the first time on April 1.',
        oldPage,
        ['$13.50:price', '$100:price'],
      ],
      [
        'a cap on a page dated then',
        'At the peak, the roughly 11 million bitcoins in circulation were worth about $2.9 billion.',
        oldPage,
        ['$2.9 billion:cap'],
      ],
      [
        'a sentence pointing back to bitcoin',
        'Bitcoin has come a long way. Its total market value was below $6 billion in early 2016.',
        bitcoinPage,
        ['$6 billion:cap'],
      ],
      [
        'the coins in circulation, worth the cap',
        'The roughly 12 million bitcoins in existence would be worth about $9 billion.',
        oldPage,
        ['$9 billion:cap'],
      ],
      [
        'a fall "it" made on a page dated then',
        'Bitcoin soared in March. In April it sank to about $70.',
        oldPage,
        ['$70:price'],
      ],
    ])('reads %s', (_case, text, options, expected) => {
      expect(kinds(text, options)).toEqual(expected);
    });

    it.each([
      ['the same sizes today', 'Bitcoin started the year at about $13.50 and crossed $100 on April 1.', bitcoinPage],
      ['a sentence that does not name bitcoin', 'Back in 2015 a broker charged $15 to $40.', bitcoinPage],
      ['a small sum with no price language', 'In 2016 a ticket to a bitcoin conference cost $50.', bitcoinPage],
      [
        'the value of coins counted',
        'On May 22, 2010, a programmer paid 10,000 BTC for two pizzas, worth about $41 at the time.',
        bitcoinPage,
      ],
      ['a small fortune on an old page', 'Two investors said they own about $11 million worth of bitcoins.', oldPage],
      [
        'a range of fees in such a year',
        'In 2014 buying bitcoin through a broker cost it $20 to $45 in fees.',
        bitcoinPage,
      ],
    ])('leaves alone %s', (_case, text, options) => {
      expect(kinds(text, options)).toEqual([]);
    });
  });
});
