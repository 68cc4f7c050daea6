// Dollar amounts as news writes them, with where they sit in the text. Parsing only: whether an
// amount is a bitcoin price or cap is decided elsewhere, from its context.
import { raw } from './raw';

export interface MoneyAmount {
  /** Offset of the currency sign or word (or of the number, when the currency follows it). */
  start: number;
  /** Offset just past the amount, including a multiplier word ("trillion") or a trailing currency. */
  end: number;
  text: string;
  usd: number;
}

// Space-like characters that separate digit groups or a number from its currency: plain, no-break,
// narrow no-break and thin spaces.
const SPACE = '[ \\u00a0\\u202f\\u2009]';
const SPACES = new RegExp(SPACE, 'g');
// Grouped with commas (in thousands, or in lakhs as Indian outlets write: "$1,50,000"), spaces or dots
// (two dot groups at least, or one before a decimal comma: "1.000,01 $"), then ungrouped.
const NUMBER = raw`\d{1,3}(?:(?:,\d{3})+|(?:,\d\d)+,\d{3}|(?:${SPACE}\d{3})+|(?:\.\d{3}){2,}|\.\d{3}(?=,\d))(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?`;
// "$455-billion" and "$75 K" as some outlets write them; "trn" is the Economist's trillion.
const MULTIPLIER = `(?:${SPACE}|-)?(?:[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|trn|tn|bn|bln|mn|mln)(?![A-Za-z])|${SPACE}?[kKmMbBT](?![A-Za-z])`;
const SUFFIX = raw`${SPACE}?(?:US\$|\$US|USD|US dollars|dollars)(?![A-Za-z])|${SPACE}?\$(?!${SPACE}?\d)`;
// The lookbehind keeps "A$", "HK$", "C$" (other dollars) and digits inside longer tokens out. A space
// belongs to the amount only after its currency: "to  5k dollars" starts at the 5.
// "$89,430 U.S.", the Canadian way of naming the currency after a "$" amount, is part of the amount, so the note
// follows it; not before a capital ("$5 billion U.S. Treasury sale"), where it qualifies what follows.
const AMOUNT = new RegExp(
  raw`(?<![\w$.,])(?:(US\$|USD|\$)(${SPACE}?))?(${NUMBER})(${MULTIPLIER})?(${SUFFIX}| U\.S\.(?! ?[A-Z]))?`,
  'g',
);
// The bare second half of a range whose first half carries the currency: "$60-62K", "$1.1 to 1.3 trillion".
const RANGE_TAIL = new RegExp(`^${SPACE}?(?:-|–|—|to)${SPACE}?(${NUMBER})(${MULTIPLIER})`);
// "between $1 and $1.2 trillion": the first half inherits the second's multiplier.
const RANGE_JOIN = /^\s?(?:-|–|—|to|and)\s?$/;

// Every multiplier MULTIPLIER matches says its size with its initial (k, m/mn/mln/million, b/bn/bln/billion,
// t/tn/trillion), but for "thousand".
const BY_INITIAL: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

function multiplierValue(word: string | undefined): number {
  if (!word) return 1;
  const name = word.replace(/\W/g, '').toLowerCase();
  return name === 'thousand' ? 1e3 : (BY_INITIAL[name[0]] ?? 1);
}

/**
 * The value of a written number. `currencyAfter` tells the European and French orders apart: with the sign
 * after the number, "55.300" and "55 300,5" group with dots or spaces; with a leading "$" a dot is decimal.
 */
export function parseNumber(written: string, currencyAfter: boolean): number {
  const digits = written.replace(SPACES, '');
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

const clean = (value: number): number => Number(value.toPrecision(12));

export function findAmounts(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  // Amounts written without a multiplier word, which a range's second half may lend them.
  const plain = new Set<MoneyAmount>();
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(text); match; match = AMOUNT.exec(text)) {
    const [whole, prefix, , written, multiplier, suffix] = match;
    if (!prefix && !suffix?.match(/^[^.]+$/)) {
      // A bare number (or one followed by "U.S.", which names a "$" amount's currency only): step past it so
      // the scan does not restart inside it.
      AMOUNT.lastIndex = match.index + Math.max(1, written.length);
      continue;
    }
    let end = match.index + whole.length;
    const usd = clean(parseNumber(written, !prefix) * multiplierValue(multiplier));
    // A trailing "$" right after a leading one belongs to the next amount, not this one.
    if (prefix && suffix && suffix.trim() === '$') {
      end -= suffix.length;
      AMOUNT.lastIndex = end;
    }
    if (!(usd > 0) || !Number.isFinite(usd)) continue;
    const amount: MoneyAmount = { start: match.index, end, text: text.slice(match.index, end), usd };
    const previous = found[found.length - 1];
    if (previous && plain.has(previous) && multiplier && previous.usd < usd) {
      const between = text.slice(previous.end, amount.start);
      if (RANGE_JOIN.test(between) && previous.usd * multiplierValue(multiplier) <= usd) {
        previous.usd = clean(previous.usd * multiplierValue(multiplier));
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
        amount.usd = clean(amount.usd * factor);
        plain.delete(amount);
        found.push({
          start: tailStart,
          end: tailEnd,
          text: text.slice(tailStart, tailEnd),
          usd: clean(parseNumber(tail[1], false) * factor),
        });
        AMOUNT.lastIndex = tailEnd;
      }
    }
  }
  return found;
}
