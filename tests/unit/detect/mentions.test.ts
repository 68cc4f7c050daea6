// index.ts: findMentions on one block of text, with offsets, value and note, for every form of a price.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/core/detect';
import { bitcoinPage, figures, kinds } from './kinds';

describe('the price of one bitcoin, however it is written', () => {
  it.each([
    ['BTC traded between $58,000 and $62,000 this week.', ['$58,000:price', '$62,000:price']],
    ['Traders see bitcoin in a $60K-$62K range.', ['$60K:price', '$62K:price']],
    ['Bitcoin hovered at ~$55k, or about $55,000.', ['$55k:price', '$55,000:price']],
    ['Bitcoin fell below $20,000 in 2022.', ['$20,000:price']],
    ['Analysts expect bitcoin to reach $150,000 by year-end.', ['$150,000:price']],
    ['Bitcoin is trading at $90,150 U.S., down about 28% from its record.', ['$90,150 U.S.:price']],
    ['The total value of all bitcoin has shrunk to about $455-billion.', ['$455-billion:cap']],
    ['Bitcoin sat just below the $75 K level.', ['$75 K:price']],
    ["The rise has taken bitcoin's total market value to $1.27trn.", ['$1.27trn:cap']],
    ['A bank raised its year-end forecast for bitcoin to $1,50,000.', ['$1,50,000:price']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('mentions', () => {
  it('carry offsets, value and the note', () => {
    const text = 'Bitcoin traded at $55,300, a market cap of $1 trillion.';
    expect(findMentions(text, figures)).toEqual([
      {
        start: 18,
        end: 25,
        text: '$55,300',
        kind: 'price',
        usd: 55_300,
        value: 55_300,
        currency: 'USD',
        note: '≈ $1.10T cap',
      },
      {
        start: 43,
        end: 54,
        text: '$1 trillion',
        kind: 'cap',
        usd: 1e12,
        value: 1e12,
        currency: 'USD',
        note: '≈ $50.1k/BTC',
      },
    ]);
  });

  it('are none without usable figures', () => {
    expect(findMentions('Bitcoin traded at $55,300.', { priceUsd: 0, supplyBtc: 19e6 })).toEqual([]);
    expect(findMentions('Bitcoin traded at $55,300.', { priceUsd: Number.NaN, supplyBtc: 19e6 })).toEqual([]);
  });
});

describe('two figures of a size side by side', () => {
  it.each([
    ['Traders have bought calls at $70,000 and $75,000.', ['$70,000:price', '$75,000:price']],
    [
      'Open interest is heavily concentrated in the $70,000 and $75,000 call strikes.',
      ['$70,000:price', '$75,000:price'],
    ],
  ])('are the same kind of figure, whichever one the words name: %s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it('are not when their sizes differ', () => {
    expect(kinds('Calls at $70,000 and $3,000 in premium.', bitcoinPage)).toEqual(['$70,000:price']);
  });

  it('share a kind when the second is joined by "and at"', () => {
    expect(kinds('The firm bought at $70,000 and at $110,000.', bitcoinPage)).toEqual([
      '$70,000:price',
      '$110,000:price',
    ]);
  });
});

describe("a move's two ends", () => {
  it('are levels of the same thing at any sizes ("from $266 to about $50")', () => {
    expect(kinds('In 2013 bitcoin crashed from $266 to about $50 in a single day.')).toEqual([
      '$266:price',
      '$50:price',
    ]);
    expect(kinds('Fees went from $5 to $40 a month.', bitcoinPage)).toEqual([]);
  });

  it('make a range of levels when of a size ("$91,500 to $102,000"), and "went from" is price language', () => {
    expect(kinds('Range is range. $91,500 to $102,000 since December.', bitcoinPage)).toEqual([
      '$91,500:price',
      '$102,000:price',
    ]);
    expect(kinds('"Anything that goes from $13,000 to $60,000 in a year is a bubble," he said.', bitcoinPage)).toEqual([
      '$13,000:price',
      '$60,000:price',
    ]);
    expect(kinds('Tickets run $1,500 to $2,500 a seat.', bitcoinPage)).toEqual([]);
  });

  it('read across "Mt." as one sentence: an abbreviation, not its end', () => {
    expect(kinds('Bitcoin hit $61,000 on Mt. Gox, up from about $58,000 on Friday.')).toEqual([
      '$61,000:price',
      '$58,000:price',
    ]);
  });
});

describe('the same sum said again', () => {
  it.each([
    ['$66 K — "K" means thousand. So this is $66,000.', ['$66 K:price', '$66,000:price']],
    [
      'Its market value is about $1.2 tn. That is a lot! Some papers write this number as "$1.2trn".',
      ['$1.2 tn:cap', '$1.2trn:cap'],
    ],
  ])('is the same figure: %s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it('is not when the words between make it a change', () => {
    const text = 'Bitcoin later recovered to about $160. The drop of more than $160 in a day halved it.';
    expect(kinds(text, bitcoinPage)).toEqual(['$160:price']);
  });
});
