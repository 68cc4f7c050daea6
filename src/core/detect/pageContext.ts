// Whether a page is about bitcoin, judged once per page from its title, headings and opening paragraphs.
// It settles sentences that name no subject of their own ("The price slipped to $59,800").
import { findSubjects } from './subjects';

export interface PageContext {
  aboutBitcoin: boolean;
  /** Dated before 2017: its prices and caps are read at that time's sizes. */
  old?: boolean;
}

// The first full date of the opening, a dateline's or a byline's ("Wed Apr 10, 2013", "14 April 2014").
const DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d\d?,? (\d{4})|\b\d\d? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{4})/i;

export function describePage(summary: string): PageContext {
  let bitcoin = 0;
  let other = 0;
  let first: string | undefined;
  // Headings wrapped in the HTML source ("Bitcoin's\n    market cap") read as they show.
  const text = summary.replace(/\s+/g, ' ');
  const marks = findSubjects(text).subjects;
  // The halving is bitcoin's own event: a show or story named for it is about bitcoin.
  const halving = /\bhalving/i.exec(text);
  if (halving) marks.push({ start: halving.index, end: halving.index + halving[0].length, kind: 'btc' });
  marks.sort((a, b) => a.start - b.start);
  for (const { kind, start } of marks) {
    // Sats are bitcoin's own unit: a page about them ("The Sunday Sats") is about bitcoin,
    // and a page about bitcoin's funds, miners or treasuries ("Spot bitcoin ETFs open…") is about the coin too.
    const mark = /^(?:sat|(?:bitcoin|btc)\S* (?!cash|sv))/i.test(text.slice(start, start + 20)) ? 'btc' : kind;
    if (mark === 'btc') bitcoin++;
    else if (mark === 'other') other++;
    else continue;
    first ??= mark;
  }
  // A headline names its subject first: "Bitcoin tops its 2021 peak as ETF demand swells" is about
  // bitcoin however many funds the story goes on to name.
  const date = DATE.exec(summary);
  return {
    aboutBitcoin: bitcoin > (first === 'btc' ? 0 : 1) && (bitcoin >= other || first === 'btc'),
    old: !!date && +(date[1] ?? date[2]) < 2017,
  };
}
