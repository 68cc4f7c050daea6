// Mentions of bitcoin's price and market cap in one block of text, each with the note to show after it.
import { findAmounts } from './amounts';
import { analyseBlock, classifyAmount } from './classify';
import { type MentionKind, noteFor } from './notes';
import type { PageContext } from './pageContext';

export type { MentionKind } from './notes';
export type { PageContext } from './pageContext';
export { describePage } from './pageContext';

export interface DetectOptions {
  priceUsd: number;
  supplyBtc: number;
  pageContext?: PageContext;
}

export interface Mention {
  /** Offsets into the block text; the note goes at `end`. */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  usd: number;
  note: string;
}

// Most blocks hold no money at all; they are skipped before any sentence work.
export const MAY_HOLD_DOLLARS = /\$|USD|dollars/;

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

export function findMentions(text: string, { priceUsd, supplyBtc, pageContext }: DetectOptions): Mention[] {
  if (!(priceUsd > 0 && supplyBtc > 0) || !MAY_HOLD_DOLLARS.test(text)) return [];
  const collapsed = collapseWhitespace(text);
  const read = collapsed?.text ?? text;
  const amounts = findAmounts(read);
  if (amounts.length === 0) return [];
  const block = analyseBlock(read);
  const mentions: Mention[] = [];
  for (const amount of amounts) {
    const kind = classifyAmount(block, amount, { priceUsd, supplyBtc }, pageContext);
    if (kind === 'other') continue;
    const note = noteFor(kind, amount.usd, supplyBtc);
    if (!note) continue;
    // Offsets into the text as given: the note goes right after the amount in the page's own text.
    const start = collapsed ? collapsed.origin[amount.start] : amount.start;
    const end = collapsed ? collapsed.origin[amount.end - 1] + 1 : amount.end;
    mentions.push({ start, end, text: text.slice(start, end), kind, usd: amount.usd, note });
  }
  return mentions;
}
