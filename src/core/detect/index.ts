// Mentions of bitcoin's price and market cap, in dollars and other currencies, and amounts of bitcoin,
// in one block of text, each with the note to show after it.
import type { Currency } from '../currency';
import { clean, findAmounts } from './amounts';
import { analyseBlock, classifyAmount, joins } from './classify';
import { pageDollar } from './currencies';
import { type MentionKind, type NoteFigures, noteFor } from './notes';
import { BODY_BREAK, describePage as describeSubject, type PageContext as SubjectContext } from './pageContext';
import { findQuantities } from './quantities';

export type { MentionKind } from './notes';

export interface PageContext extends SubjectContext {
  /** What a bare "$" means on the page: null for a dollar with no rate. */
  dollar?: Currency | null;
}

/**
 * What the page is about and which dollar it writes, from its summary (its opening, then after a form feed its
 * body) and its host name. The dollar is read from the opening alone: a wire story far down the page quotes a
 * Toronto share in C$ and a spend in US$ without writing its own dollar Canadian.
 */
export const describePage = (summary: string, host = ''): PageContext => ({
  ...describeSubject(summary),
  dollar: pageDollar(host, summary.split(BODY_BREAK)[0]),
});

export interface DetectOptions extends NoteFigures {
  pageContext?: PageContext;
}

export interface Mention {
  /** Offsets into the block text; the note goes at `end`. */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** What the amount is worth in US dollars: at today's rate for another currency, today's price for bitcoin. */
  usd: number;
  /** The amount as written: in `currency` for money, in BTC for a quantity. */
  value: number;
  /** The currency of a price or cap; none for a quantity. */
  currency?: Currency;
  note: string;
}

// Most blocks hold no money and no amount of bitcoin; they are skipped before any sentence work.
export const MAY_HOLD_DOLLARS =
  /[$£€¥₿]|usd|eur|gbp|jpy|chf|aud|cad|dollar|euro|yen|franc|btc|xbt|bitcoin|sats|satoshis/i;

// Whitespace other than a single space: line breaks and indentation from HTML source, tabs, no-break
// and thin spaces. U+2029, the block builder's paragraph break, is not among them: [^\S\u2029] is
// every character \s matches but that one.
const SPACE_RUN = /[^\S\u2029]+/g;
const NEEDS_COLLAPSE = /[^\S \u2029]| {2}/;

/**
 * The text as a reader sees it: each run of whitespace one space, a run holding a blank line a blank
 * line (which ends a sentence). HTML source wraps and indents anywhere, and "market\n      cap" is
 * "market cap". With it, for each offset of the new text, the offset it came from.
 */
function collapseWhitespace(text: string): { text: string; origin: number[] } | null {
  if (!NEEDS_COLLAPSE.test(text)) return null;
  let out = '';
  const origin: number[] = [];
  let from = 0;
  SPACE_RUN.lastIndex = 0;
  for (let run = SPACE_RUN.exec(text); run; run = SPACE_RUN.exec(text)) {
    for (let i = from; i < run.index; i++) origin.push(i);
    out += text.slice(from, run.index);
    const blankLine = /\n[^\n]*\n/.test(run[0]);
    out += blankLine ? '\n\n' : ' ';
    origin.push(run.index);
    if (blankLine) origin.push(run.index + 1);
    from = run.index + run[0].length;
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  return { text: out + text.slice(from), origin };
}

export function findMentions(text: string, options: DetectOptions): Mention[] {
  const { priceUsd, supplyBtc, pageContext } = options;
  // Every amount has a digit: a paragraph that names bitcoin without one is done here.
  if (!(priceUsd > 0 && supplyBtc > 0) || !MAY_HOLD_DOLLARS.test(text) || !/\d/.test(text)) return [];
  const collapsed = collapseWhitespace(text);
  const read = collapsed?.text ?? text;
  const amounts = findAmounts(read, options.rates, pageContext?.dollar);
  const block = analyseBlock(read);
  const quantities = findQuantities(block, supplyBtc);
  const mentions: Mention[] = [];
  const add = (
    { start, end }: { start: number; end: number },
    kind: MentionKind,
    usd: number,
    value: number,
    currency?: Currency,
  ) => {
    const note = noteFor({ kind, value, currency }, options);
    if (!note) return;
    // Offsets into the text as given: the note goes right after the amount in the page's own text.
    const from = collapsed ? collapsed.origin[start] : start;
    const to = collapsed ? collapsed.origin[end - 1] + 1 : end;
    mentions.push({ start: from, end: to, text: text.slice(from, to), kind, usd, value, currency, note });
  };
  const kinds = amounts.map((amount) => classifyAmount(block, amount, options, pageContext));
  for (let i = 1; i < amounts.length; i++) {
    const join = joins(read, amounts[i - 1], amounts[i]);
    if (join && kinds[i] === 'other') kinds[i] = kinds[i - 1];
    else if (join > 1 && kinds[i - 1] === 'other') kinds[i - 1] = kinds[i];
  }
  amounts.forEach((amount, i) => {
    if (kinds[i] !== 'other') add(amount, kinds[i], amount.usd, amount.value, amount.currency);
  });
  for (const quantity of quantities) {
    // "US$ 5,000 bitcoin" is money, read above.
    if (amounts.some((a) => quantity.start < a.end && quantity.end > a.start)) continue;
    add(quantity, 'quantity', clean(quantity.btc * priceUsd), quantity.btc);
  }
  return quantities.length > 0 ? mentions.sort((a, b) => a.start - b.start) : mentions;
}
