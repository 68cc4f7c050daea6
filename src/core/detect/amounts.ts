// Money amounts as news writes them, in dollars and the other currencies CapLens knows, with where
// they sit in the text. Parsing only: whether an amount is a bitcoin price or cap is decided elsewhere,
// from its context, on its value in US dollars.
import type { Currency, Rates } from '../currency';
import { currencyOf, rateOf } from './currencies';
import { raw } from './raw';

export interface MoneyAmount {
  /** Offset of the currency sign or word (or of the number, when the currency follows it). */
  start: number;
  /** Offset just past the amount, including a multiplier word ("trillion") or a trailing currency. */
  end: number;
  text: string;
  /** The amount in US dollars, at today's rate for another currency. */
  usd: number;
  /** The amount as written, in its own currency. */
  value: number;
  currency: Currency;
}

// Space-like characters that separate digit groups or a number from its currency: plain, no-break,
// narrow no-break and thin spaces.
const SPACE = '[ \\u00a0\\u202f\\u2009]';
// Marks between digit groups that are never decimal: spaces, and the Swiss apostrophe ("CHF 55'300").
const GROUP_MARKS = /[ \u00a0\u202f\u2009'’]/g;
// Grouped with commas (in thousands, or in lakhs as Indian outlets write: "$1,50,000"), spaces,
// apostrophes or dots (two dot groups at least, or one before a decimal comma: "1.000,01 $"), then
// ungrouped.
export const NUMBER = raw`\d{1,3}(?:(?:,\d{3})+|(?:,\d\d)+,\d{3}|(?:${SPACE}\d{3})+|(?:['’]\d{3})+|(?:\.\d{3}){2,}|\.\d{3}(?=,\d))(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?`;
// "$455-billion", "$1.7-trillion" and "$75 K" as some outlets write them; "trn" is the Economist's trillion.
export const MULTIPLIER = `(?:${SPACE}|-)?(?:[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|grand|trn|tn|bn|bln|mn|mln)(?![A-Za-z])|${SPACE}?[kKmMbBT](?![A-Za-z])`;
const CODE = 'USD|EUR|GBP|JPY|CAD|AUD|CHF';
// "$89,430 U.S.", the Canadian way of naming the currency after a "$" amount, is part of the amount, so
// the note follows it; not before a capital ("$5 billion U.S. Treasury sale"), where it qualifies what follows.
const SUFFIX = raw`(?:${SPACE}|-)?(?:US\$|\$US|US dollars|dollars?|euros|yen|francs|${CODE})(?![A-Za-z/])|${SPACE}?[$€](?!${SPACE}?\d)| U\.S\.(?! ?[A-Z])`;
// The lookbehind keeps dollars CapLens has no rate for ("HK$", "NZ$"), digits inside longer tokens and a
// pair's quote currency ("BTC/USD $15,962") out. A space belongs to the amount only after its currency: "to  5k dollars" starts at the 5.
const AMOUNT = new RegExp(
  raw`(?<![\w$.,/])(?:((?:US|AU?|CA?)?\$|[£€¥]|Fr\.|(?:${CODE}) ?\$?)(${SPACE}?))?(${NUMBER})(${MULTIPLIER})?(${SUFFIX})?`,
  'g',
);
// The bare second half of a range whose first half carries the currency: "$60-62K", "$1.1 to 1.3 trillion".
const RANGE_TAIL = new RegExp(`^${SPACE}?(?:-|–|—|to)${SPACE}?(${NUMBER})(${MULTIPLIER})`);
// "between $1 and $1.2 trillion": the first half inherits the second's multiplier.
const RANGE_JOIN = /^\s?(?:-|–|—|to|and)\s?$/;

const MARK = /^ (?:mark|level)\b/;
const PAIR = new RegExp(`(?:BTC|XBT)/(${CODE}) $`);

// Every multiplier MULTIPLIER matches says its size with its initial (k, m/mn/mln/million, b/bn/bln/billion,
// t/tn/trillion), but for "thousand".
const BY_INITIAL: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

export function multiplierValue(word: string | undefined): number {
  if (!word) return 1;
  const name = word.replace(/\W/g, '').toLowerCase();
  return name === 'thousand' || name === 'grand' ? 1e3 : (BY_INITIAL[name[0]] ?? 1);
}

/**
 * The value of a written number. `currencyAfter` tells the European and French orders apart: with the sign
 * after the number, "55.300" and "55 300,5" group with dots or spaces; with a leading "$" a dot is decimal.
 */
export function parseNumber(written: string, currencyAfter: boolean): number {
  const digits = written.replace(GROUP_MARKS, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normal: string;
  if (currencyAfter && /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) {
    normal = digits.replace(/\./g, '').replace(',', '.');
  } else if (lastComma > lastDot && !/^\d{1,3}(,\d\d\d?)*,\d{3}$/.test(digits)) {
    // A comma after the last dot that is not a thousands group is a decimal comma ("55 300,50", "1,9").
    normal = digits.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits)) {
    normal = digits.replace(/\./g, '');
  } else {
    normal = digits.replace(/,/g, '');
  }
  return Number(normal);
}

export const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * Every amount in `text` whose value in US dollars is known: dollars, and other currencies with a rate
 * in `rates`. A bare "$" or "dollars" is `dollar`, the page's own.
 */
export function findAmounts(text: string, rates?: Rates, dollar: Currency | null = 'USD'): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  // Amounts written without a multiplier word, which a range's second half may lend them.
  const plain = new Set<MoneyAmount>();
  const scale = (amount: MoneyAmount, factor: number) => {
    amount.usd = clean(amount.usd * factor);
    amount.value = clean(amount.value * factor);
  };
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(text); match; match = AMOUNT.exec(text)) {
    const [whole, prefix, , written, multiplier, suffix] = match;
    // A ticker's pair names the currency of the bare number after it: "BTC/GBP 8,471".
    const pair = PAIR.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1];
    // A round number at a "mark" is a price level without its sign ("Bitcoin smashes through 60,000 mark"): read
    // as the page's dollar, and left to the classifier to keep only where the sentence names bitcoin.
    if (
      !(prefix || pair) &&
      !suffix?.match(/^[^.]+$/) &&
      !(!multiplier && /^\d{1,3},\d{3}$/.test(written) && MARK.test(text.slice(match.index + whole.length))) &&
      // "the 40K door" beside bitcoin's name, not "40k BTC".
      !(/^\d\d[kK]$/.test(whole) && !/^ ?(?:btc|xbt|bitcoin|sat)/i.test(text.slice(match.index + 3)))
    ) {
      // A bare number (or one followed by "U.S.", which names a "$" amount's currency only): step past it so
      // the scan does not restart inside it.
      AMOUNT.lastIndex = match.index + Math.max(1, written.length);
      continue;
    }
    let end = match.index + whole.length;
    // A trailing "$" right after a leading one belongs to the next amount, not this one.
    if (prefix && suffix && suffix.trim() === '$') {
      end -= suffix.length;
      AMOUNT.lastIndex = end;
    }
    // "$1.30 AUD": the code after a bare sign names its dollar.
    const currency = currencyOf(
      prefix === '$' && suffix && suffix.trim() !== '$' ? suffix : prefix || pair || suffix || '',
      dollar,
    );
    const rate = rateOf(currency, rates);
    // "€52.300" groups with a dot as "52.300 €" does; "$52.300" is a decimal.
    const value = clean(parseNumber(written, !prefix || currency === 'EUR') * multiplierValue(multiplier));
    if (!(value > 0) || !Number.isFinite(value) || !rate || !currency) continue;
    const amount: MoneyAmount = {
      start: match.index,
      end,
      text: text.slice(match.index, end),
      usd: clean(value / rate),
      value,
      currency,
    };
    const previous = found[found.length - 1];
    if (previous && plain.has(previous) && multiplier && previous.value < value) {
      const between = text.slice(previous.end, amount.start);
      if (RANGE_JOIN.test(between) && previous.value * multiplierValue(multiplier) <= value) {
        scale(previous, multiplierValue(multiplier));
      }
    }
    found.push(amount);
    if (!multiplier) plain.add(amount);
    if (prefix && !multiplier) {
      const tail = RANGE_TAIL.exec(text.slice(end, end + 40));
      if (tail) {
        const tailStart = end + tail[0].length - tail[1].length - tail[2].length;
        const tailEnd = end + tail[0].length;
        const factor = multiplierValue(tail[2]);
        scale(amount, factor);
        plain.delete(amount);
        const tailValue = clean(parseNumber(tail[1], false) * factor);
        found.push({
          start: tailStart,
          end: tailEnd,
          text: text.slice(tailStart, tailEnd),
          usd: clean(tailValue / rate),
          value: tailValue,
          currency,
        });
        AMOUNT.lastIndex = tailEnd;
      }
    }
  }
  return found;
}
