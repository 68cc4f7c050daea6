// Whether a page is about bitcoin, judged once per page from its title, headings and opening paragraphs.
// It settles sentences that name no subject of their own ("The price slipped to $59,800").
import { findSubjects } from './subjects';

export interface PageContext {
  aboutBitcoin: boolean;
}

export function describePage(summary: string): PageContext {
  let bitcoin = 0;
  let other = 0;
  // Headings wrapped in the HTML source ("Bitcoin's\n    market cap") read as they show.
  for (const subject of findSubjects(summary.replace(/\s+/g, ' ')).subjects) {
    if (subject.kind === 'btc') bitcoin++;
    else if (subject.kind === 'other') other++;
  }
  return { aboutBitcoin: bitcoin >= 2 && bitcoin >= other };
}
