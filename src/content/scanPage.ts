// Every mention the content script would annotate in a document, with the block it sits in.
import { type DetectOptions, describePage, findMentions, type Mention } from '../core/detect';
import { locate, pageSummary, type TextBlock, textBlocks } from './textBlocks';

export interface PageMention extends Mention {
  block: TextBlock;
}

export type PageFigures = Omit<DetectOptions, 'pageContext'>;

/** A saved page's host, from the address it names for itself: what `location` tells the content script. */
function savedHost(document: Document): string {
  const address =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return new URL(address ?? '').hostname;
  } catch {
    return '';
  }
}

/** `host` is the page's host name, as the content script reads it from `location`; a saved page's by default. */
export function scanPage(document: Document, figures: PageFigures, host = savedHost(document)): PageMention[] {
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  const pageContext = describePage(pageSummary(document), host);
  const found: PageMention[] = [];
  for (const block of textBlocks(root)) {
    for (const mention of findMentions(block.text, { ...figures, pageContext })) {
      // As in the browser: an amount read from a column's heading has no place in the row for its note.
      if (locate(block, mention.end)) found.push({ ...mention, block });
    }
  }
  return found;
}
