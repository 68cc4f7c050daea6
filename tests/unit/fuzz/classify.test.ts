// Property tests for the classifier: any text, with any figures, is read without throwing and gives
// well-formed mentions with honest notes; and what a sentence is about does not change with the way
// its amount is written or the whitespace between its words (HTML source wraps lines anywhere).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK, CELL_BREAK } from '../../../src/content/textBlocks';
import { describePage, findMentions, type Mention } from '../../../src/core/detect';

const RUNS = { numRuns: 300 };
const figures = { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 };
const rates = { EUR: 0.92, GBP: 0.79, JPY: 155, CAD: 1.38, AUD: 1.52, CHF: 0.88 };

const words = fc.constantFrom(
  'bitcoin',
  'Bitcoin',
  "bitcoin's",
  'BTC',
  'ether',
  'gold',
  'market cap',
  'price',
  'rose',
  'fell',
  'to',
  'at',
  'of',
  'the',
  'it',
  'which',
  'than',
  'per',
  '$61,000',
  '£48,500',
  '€1.1 trillion',
  '48 500 €',
  'A$93,482',
  'CHF',
  '252,220',
  'bitcoin',
  '0.5',
  'million',
  '$1.2 trillion',
  '$55k',
  'US$60,100',
  '1,200 billion dollars',
  '(',
  ')',
  ',',
  '.',
  '—',
  BLOCK_BREAK,
  CELL_BREAK,
  '\n\n',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc
    .tuple(fc.array(words, { maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 40 }))
    .map(([parts, noise]) => `${parts.join(' ')}${noise}$${parts.length * 1000}`),
);
const anyFigures = fc.oneof(
  fc.constant(figures),
  fc.record({
    priceUsd: fc.oneof(fc.double(), fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e-300)),
    supplyBtc: fc.oneof(fc.double(), fc.constantFrom(0, -1, Number.NaN, 21e6)),
  }),
);

function wellFormed(text: string, mentions: Mention[]): void {
  for (const mention of mentions) {
    expect(['price', 'cap', 'quantity']).toContain(mention.kind);
    expect(mention.text).toBe(text.slice(mention.start, mention.end));
    expect(Number.isFinite(mention.usd) && mention.usd > 0).toBe(true);
    expect(mention.note.length).toBeGreaterThan(0);
    expect(mention.note).not.toMatch(/NaN|undefined|Infinity|null|\$0(?![\d.])/);
  }
}

describe('the classifier on arbitrary text', () => {
  it('never throws, and every mention it finds is well-formed', () => {
    fc.assert(
      fc.property(anyText, anyFigures, fc.boolean(), (text, numbers, aboutBitcoin) => {
        wellFormed(text, findMentions(text, { ...numbers, pageContext: { aboutBitcoin } }));
        // With every rate, the user's currency and the page's dollar another one.
        const pageContext = { aboutBitcoin, dollar: 'AUD' as const };
        wellFormed(text, findMentions(text, { ...numbers, rates, currency: 'JPY', pageContext }));
      }),
      RUNS,
    );
  });

  it('judges any page summary without throwing', () => {
    fc.assert(
      fc.property(anyText, (summary) => {
        expect(typeof describePage(summary).aboutBitcoin).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('finds nothing without usable figures', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(0, -1, Number.NaN), (text, bad) => {
        expect(findMentions(text, { priceUsd: bad, supplyBtc: figures.supplyBtc })).toEqual([]);
        expect(findMentions(text, { priceUsd: figures.priceUsd, supplyBtc: bad })).toEqual([]);
      }),
      RUNS,
    );
  });
});

// The same sentence, written differently -----------------------------------------------------------

/** Labelled sentences; `{}` is the amount, written as one of its forms. */
const SENTENCES: Array<[string, 'price' | 'cap' | 'other', number, string[]]> = [
  ['Bitcoin rose to {} on Tuesday.', 'price', 57_300, ['$57,300', '$57.3k', 'US$57,300', '57,300 USD', '$57 300']],
  ['The largest cryptocurrency changed hands at {} in Singapore.', 'price', 61_250, ['US$61,250', 'USD 61,250']],
  ['Analysts expect bitcoin to reach {} by year-end.', 'price', 150_000, ['$150,000', '$150k', '$150K']],
  ["Bitcoin's market capitalization reached {} this week.", 'cap', 2.5e12, ['$2.5 trillion', '$2.5T', '$2,500bn']],
  ['Bitcoin first crossed a market cap of {} in February 2021.', 'cap', 1e12, ['$1 trillion', '$1T', '$1,000 billion']],
  ['Ether rose to {} on Tuesday.', 'other', 3_200, ['$3,200', '$3.2k']],
  ['Bitcoin ETFs drew {} in inflows on Monday.', 'other', 500e6, ['$500 million', '$500m', '$0.5 billion']],
  ['Bitcoin rose {} to $61,000.', 'other', 2_000, ['$2,000', '$2k']],
];

const space = fc.constantFrom(' ', '  ', '\n', ' \n      ', '\t', '\u00a0', '\r\n  ');

function kindOf(text: string, usd: number, amount: string): string {
  const mention = findMentions(text, figures).find((m) => m.text === amount);
  if (!mention) return 'other';
  expect(mention.usd / usd).toBeCloseTo(1, 9);
  return mention.kind;
}

describe('the classifier on one sentence written many ways', () => {
  it.each(SENTENCES)('%s', (template, kind, usd, forms) => {
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.array(space, { minLength: 20, maxLength: 20 }), (amount, spaces) => {
        let i = 0;
        const text = template.replace(/ /g, () => spaces[i++]).replace('{}', amount);
        expect(kindOf(text, usd, amount), JSON.stringify(text)).toBe(kind);
      }),
      { numRuns: 60 },
    );
  });
});
