// Every mention the content script would annotate in a document, with the block it sits in.
import { describePage, findMentions, type Mention } from '../core/detect';
import { pageSummary, type TextBlock, textBlocks } from './textBlocks';

export interface PageMention extends Mention {
  block: TextBlock;
}

export interface PageFigures {
  priceUsd: number;
  supplyBtc: number;
}

export function scanPage(document: Document, { priceUsd, supplyBtc }: PageFigures): PageMention[] {
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  const pageContext = describePage(pageSummary(document));
  const found: PageMention[] = [];
  for (const block of textBlocks(root)) {
    for (const mention of findMentions(block.text, { priceUsd, supplyBtc, pageContext })) {
      found.push({ ...mention, block });
    }
  }
  return found;
}
