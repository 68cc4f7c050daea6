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
const MAY_HOLD_DOLLARS = /\$|USD|dollars/;

export function findMentions(text: string, { priceUsd, supplyBtc, pageContext }: DetectOptions): Mention[] {
  if (!(priceUsd > 0 && supplyBtc > 0) || !MAY_HOLD_DOLLARS.test(text)) return [];
  const amounts = findAmounts(text);
  if (amounts.length === 0) return [];
  const block = analyseBlock(text);
  const mentions: Mention[] = [];
  for (const amount of amounts) {
    const kind = classifyAmount(block, amount, { priceUsd, supplyBtc }, pageContext);
    if (kind === 'other') continue;
    const note = noteFor(kind, amount.usd, supplyBtc);
    if (note) mentions.push({ start: amount.start, end: amount.end, text: amount.text, kind, usd: amount.usd, note });
  }
  return mentions;
}
