// Property tests for the amount parser: any text at all is read without throwing and gives well-formed
// amounts, and the ways news writes one amount (groupings, spaces, currency words, multipliers) and the
// whitespace around it never change what is read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts, type MoneyAmount, parseNumber } from '../../../src/core/detect/amounts';
import { GROWTH_LIMIT, growthOverLinear } from '../support/growth';

const RUNS = { numRuns: 400 };

/** Text of every kind: any code point (lone surrogates included), and text dense in what amounts are made of. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      ...'$€£¥₿0123456789.,-–— kKmMbBtTUSDusd()%~≈\u00a0\u202f\u2009\u2029\u2063\n٠١٥٫٬０５'.split(''),
      'US$',
      '$US',
      'trillion',
      'billion',
      'million',
      'thousand',
      'dollars',
      ' to ',
      ' and ',
      'bitcoin',
      '𝟓',
    ),
    maxLength: 120,
  }),
);

const isHigh = (c: string | undefined) => c !== undefined && /[\ud800-\udbff]/.test(c);
const isLow = (c: string | undefined) => c !== undefined && /[\udc00-\udfff]/.test(c);

function wellFormed(text: string, amounts: MoneyAmount[]): void {
  let previousEnd = 0;
  for (const amount of amounts) {
    expect(amount.start).toBeGreaterThanOrEqual(previousEnd);
    expect(amount.end).toBeGreaterThan(amount.start);
    expect(amount.end).toBeLessThanOrEqual(text.length);
    expect(amount.text).toBe(text.slice(amount.start, amount.end));
    expect(Number.isFinite(amount.usd) && amount.usd > 0).toBe(true);
    // A note goes at `end`: never between the two halves of a surrogate pair.
    expect(isHigh(text[amount.end - 1]) && isLow(text[amount.end])).toBe(false);
    expect(isHigh(text[amount.start - 1]) && isLow(text[amount.start])).toBe(false);
    previousEnd = amount.end;
  }
}

const RATES = { EUR: 0.92, GBP: 0.79, JPY: 155, CAD: 1.38, AUD: 1.52, CHF: 0.88 };

describe('the amount parser on arbitrary text', () => {
  it('never throws, and every amount it finds is well-formed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        wellFormed(text, findAmounts(text));
        wellFormed(text, findAmounts(text, RATES, 'CAD'));
      }),
      RUNS,
    );
  });

  it('reads the same text the same way twice (no state kept between calls)', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const first = findAmounts(a);
        findAmounts(b);
        expect(findAmounts(a)).toEqual(first);
      }),
      RUNS,
    );
  });

  it('parses any written number to a number or NaN, never throwing', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (written, after) => {
        expect(typeof parseNumber(written, after)).toBe('number');
      }),
      RUNS,
    );
  });

  it('never backtracks catastrophically on long adversarial input', () => {
    for (const unit of ['$1,', '$1 ', '1.', '$1.1.', ', which ', 'said ', '$1-', '$ 1']) {
      const growth = growthOverLinear((n) => unit.repeat(n), findAmounts, 1_250);
      expect(growth, `${unit}: time on 20,000 repeats over 16 times the time on 1,250`).toBeLessThan(GROWTH_LIMIT);
      const text = unit.repeat(20_000);
      wellFormed(text, findAmounts(text));
    }
  });
});

// Equivalent ways of writing one amount -----------------------------------------------------------

const SPACES = ['\u00a0', '\u202f', '\u2009', ' '];

/** Digit groups of an integer, most significant first: 1234567 → ["1", "234", "567"]. */
function groups(n: number): string[] {
  const digits = String(n);
  const head = digits.length % 3 || 3;
  const out = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) out.push(digits.slice(i, i + 3));
  return out;
}

/** Whole dollars from 1,000 up, cents optional: the written forms of one amount. */
const wholeAmount = fc.record({
  dollars: fc.integer({ min: 1000, max: 999_999_999_999 }),
  cents: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
  space: fc.constantFrom(...SPACES),
});

function writtenForms({ dollars, cents, space }: { dollars: number; cents: number | null; space: string }) {
  const g = groups(dollars);
  const c = cents === null ? '' : `.${String(cents).padStart(2, '0')}`;
  const cComma = cents === null ? '' : `,${String(cents).padStart(2, '0')}`;
  const forms = [
    `$${g.join(',')}${c}`,
    `$ ${g.join(',')}${c}`,
    `US$${g.join(',')}${c}`,
    `USD ${g.join(',')}${c}`,
    `USD${g.join(',')}${c}`,
    `${g.join(',')}${c} USD`,
    `${g.join(',')}${c} dollars`,
    `${g.join(',')}${c}${space}US$`,
    `$${g.join(space)}${c}`,
    // European order: grouped with dots or spaces, decimal comma, the sign after.
    `${g.join(space)}${cComma}${space}$`,
    `${g.join(space)}${cComma}${space}$US`,
  ];
  if (g.length >= 2) forms.push(`${g.join('.')}${cComma} $`);
  if (g.length >= 3 && cents === null) forms.push(`$${g.join('.')}`);
  if (g.length <= 2 && cents === null) forms.push(`$${String(dollars)}`);
  return forms;
}

const value = ({ dollars, cents }: { dollars: number; cents: number | null }) => dollars + (cents ?? 0) / 100;

/** Amounts with a multiplier: "$1.2 trillion", "$1.2T", "$1.2tn", "$1,200 billion" for the same sum. */
const scaledAmount = fc.record({
  mantissa: fc.integer({ min: 1, max: 999 }),
  decimals: fc.integer({ min: 0, max: 2 }),
  scale: fc.constantFrom(
    { words: ['k', 'K', ' thousand'], factor: 1e3 },
    { words: ['m', 'M', ' million', 'mn', 'mln', ' mln'], factor: 1e6 },
    { words: ['b', 'B', ' billion', 'bn', 'bln', ' bn'], factor: 1e9 },
    { words: ['T', ' trillion', 'tn', ' tn', ' Trillion'], factor: 1e12 },
  ),
  space: fc.constantFrom(...SPACES),
});

/** Text around an amount, with any whitespace between the words. */
const whitespace = fc.constantFrom(' ', '  ', '\u00a0', '\t', '\n', ' \n   ', '\u202f', '\u2009', '\r\n');
const sentence = fc.tuple(
  fc.constantFrom('Bitcoin rose to', 'The coin traded near', 'Prices hit', 'It was worth'),
  fc.constantFrom('on Tuesday.', 'today, analysts said.', '', 'before falling back.'),
  fc.array(whitespace, { minLength: 8, maxLength: 8 }),
);

function place(amount: string, [before, after, spaces]: [string, string, string[]]): { text: string; at: number } {
  let i = 0;
  const respace = (words: string) => words.replace(/ /g, () => spaces[i++ % spaces.length]);
  const head = `${respace(before)}${spaces[6]}`;
  return { text: `${head}${amount}${after ? spaces[7] : ''}${respace(after)}`, at: head.length };
}

function onlyAmount(text: string, at: number, written: string): MoneyAmount {
  const amounts = findAmounts(text);
  expect(amounts, text).toHaveLength(1);
  expect(amounts[0]).toMatchObject({ start: at, end: at + written.length, text: written });
  return amounts[0];
}

describe('the amount parser on one amount written many ways', () => {
  it('reads every written form of a dollar amount as that amount, whatever the whitespace around it', () => {
    fc.assert(
      fc.property(wholeAmount, sentence, (amount, words) => {
        for (const written of writtenForms(amount)) {
          const { text, at } = place(written, words);
          // Twelve significant digits: the parser's own precision.
          expect(Math.abs(onlyAmount(text, at, written).usd / value(amount) - 1), written).toBeLessThan(1e-11);
        }
      }),
      RUNS,
    );
  });

  it('reads multipliers as the same sum however they are spelled', () => {
    fc.assert(
      fc.property(scaledAmount, sentence, ({ mantissa, decimals, scale }, words) => {
        const number = (mantissa / 10 ** decimals).toFixed(decimals);
        const expected = Number(number) * scale.factor;
        for (const word of scale.words) {
          for (const written of [`$${number}${word}`, `US$${number}${word}`, `${number}${word} dollars`]) {
            const { text, at } = place(written, words);
            expect(onlyAmount(text, at, written).usd / expected, written).toBeCloseTo(1, 9);
          }
        }
      }),
      RUNS,
    );
  });

  it('reads an amount in another currency as its value, and its value in dollars at the rate', () => {
    const signs: Array<[string, keyof typeof RATES, 'before' | 'after']> = [
      ['£', 'GBP', 'before'],
      ['€', 'EUR', 'before'],
      ['¥', 'JPY', 'before'],
      ['A$', 'AUD', 'before'],
      ['C$', 'CAD', 'before'],
      ['CHF ', 'CHF', 'before'],
      ['GBP ', 'GBP', 'before'],
      [' €', 'EUR', 'after'],
      [' CHF', 'CHF', 'after'],
    ];
    fc.assert(
      fc.property(wholeAmount, sentence, fc.constantFrom(...signs), ({ dollars, space }, words, [sign, code, side]) => {
        const g = groups(dollars);
        const number = side === 'after' ? g.join(space) : g.join(',');
        const written = side === 'after' ? `${number}${sign}` : `${sign}${number}`;
        const { text, at } = place(written, words);
        const amounts = findAmounts(text, RATES);
        expect(amounts, text).toHaveLength(1);
        expect(amounts[0]).toMatchObject({ start: at, text: written, value: dollars, currency: code });
        expect(amounts[0].usd / (dollars / RATES[code])).toBeCloseTo(1, 9);
      }),
      RUNS,
    );
  });

  it('reads a range the same way whatever the dash and spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 500 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('-', '–', '—', ' to ', ' - ', ' – '),
        fc.constantFrom('K', 'k', ' thousand'),
        (low, gap, dash, word) => {
          const high = low + gap;
          const amounts = findAmounts(`Traders see bitcoin in a $${low}${dash}${high}${word} range.`);
          expect(amounts.map((a) => a.usd)).toEqual([low * 1000, high * 1000]);
        },
      ),
      RUNS,
    );
  });
});
