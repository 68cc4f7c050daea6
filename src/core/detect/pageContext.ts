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

/**
 * Marks of bitcoin and of other subjects in `text`, and which kind came first; `assetsOnly` leaves out companies,
 * funds and purchases, which a story about bitcoin names as often as one about them.
 */
function countMarks(text: string, assetsOnly?: boolean): [bitcoin: number, other: number, first?: string] {
  let bitcoin = 0;
  let other = 0;
  let first: string | undefined;
  // The halving is bitcoin's own event, a subject of bitcoin's (subjects.ts): a show named for it is about bitcoin.
  for (const { kind, start, actor } of findSubjects(text).subjects) {
    // Sats are bitcoin's own unit: a page about them ("The Sunday Sats") is about bitcoin,
    // and a page about bitcoin's funds, miners or treasuries ("Spot bitcoin ETFs open…") is about the coin too.
    const mark = /^(?:sat|(?:bitcoin|btc)\S* (?!cash|sv))/i.test(text.slice(start, start + 20)) ? 'btc' : kind;
    // An amount counted in bitcoin ("0.25 BTC", "3,200 sats") says more than its name alone.
    if (mark === 'btc') bitcoin += /\d ?$/.test(text.slice(start - 2, start)) ? 2 : 1;
    else if (mark === 'other' && !(assetsOnly && actor)) other++;
    else continue;
    first ??= mark;
  }
  return [bitcoin, other, first];
}

/** What separates a page summary's opening from its body's paragraphs (content/textBlocks.ts writes it). */
export const BODY_BREAK = '\f';

/**
 * `summary` is the page's opening, then (after BODY_BREAK) its body's paragraphs. The opening decides;
 * where it names bitcoin once at most and does not settle it (a newsletter's name, date and notice, a
 * digest's thread titles), the body does: bitcoin, its units and amounts of it named more often than
 * other coins, metals, markets and indices together, and at least three times.
 */
export function describePage(summary: string): PageContext {
  const [opening, body = ''] = summary.split(BODY_BREAK);
  // Headings wrapped in the HTML source ("Bitcoin's\n    market cap") read as they show.
  const [bitcoin, other, first] = countMarks(opening.replace(/\s+/g, ' '));
  // Read only for an opening that leaves it open: the body is sixty paragraphs.
  const bodyDecides = () => {
    const [inBody, otherInBody] = countMarks(body.replace(/\s+/g, ' '), true);
    return inBody > 2 && inBody > otherInBody;
  };
  // A headline names its subject first: "Bitcoin tops its 2021 peak as ETF demand swells" is about
  // bitcoin however many funds the story goes on to name.
  const date = DATE.exec(opening);
  return {
    aboutBitcoin:
      (bitcoin > (first === 'btc' ? 0 : 1) && (bitcoin >= other || first === 'btc')) || (bitcoin < 2 && bodyDecides()),
    old: !!date && +(date[1] ?? date[2]) < 2017,
  };
}
