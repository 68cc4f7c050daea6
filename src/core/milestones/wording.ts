// Words for milestone notifications and the popup's timeline, in the user's language. Titles are
// the sentence a news headline would use; "for the first time" appears only on events marked
// first, and a day is said only as precisely as it is known. The translator is a parameter (the
// browser's by default) so the sentences can be tested in any language without a browser.
import { type Translate, t } from '../../i18n/t';
import { formatCompactMoney, formatPrice } from '../format';
import type { CrossingEvent, FirstReached, HighEvent, Metric, MilestoneEvent } from './types';

/**
 * Long-form dollars the way headlines write round amounts: "$1.5 trillion", "$900 billion", "$2 million",
 * "$100,000". `digits` bounds the decimals of the trillion/billion/million forms.
 */
export function longUsd(usd: number, digits = 3, tr: Translate = t, locale = 'en-US'): string {
  if (usd >= 1e6) {
    const words = new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: digits,
    }).format(usd);
    return tr('moneyLong', words, '$');
  }
  return formatPrice(usd, locale) ?? tr('moneyLong', String(usd), '$');
}

/** "2024-12-05", "around 2024-11-07", "on or before 2021-02-16". */
export function whenText(reached: FirstReached, tr: Translate = t): string {
  if (reached.precision === 'approx') return tr('whenAround', reached.day);
  if (reached.precision === 'onOrBefore') return tr('whenOnOrBefore', reached.day);
  return reached.day;
}

const subject = (metric: Metric, tr: Translate): string => tr(metric === 'cap' ? 'subjectCap' : 'subjectPrice');

function crossingTitle(event: CrossingEvent, tr: Translate, locale: string): string {
  const who = subject(event.metric, tr);
  const line = longUsd(event.line, 3, tr, locale);
  if (event.direction === 'down') return tr('fallsBelow', who, line);
  if (event.first) return tr('topsFirst', who, line);
  return event.firstReached
    ? tr('backAboveSince', who, line, whenText(event.firstReached, tr))
    : tr('backAbove', who, line);
}

// A cap high is not a round number: "$2.54 trillion" says enough, "$2.543 trillion" is noise.
const highAmount = (metric: Metric, usd: number, tr: Translate, locale: string): string =>
  longUsd(usd, metric === 'cap' ? 2 : 3, tr, locale);

// The compact formatter answers null rather than a wrong figure; events are validated, but a title never says "null".
const compact = (usd: number, tr: Translate, locale: string): string =>
  formatCompactMoney(usd, locale) ?? longUsd(usd, 3, tr, locale);

function highTitle(event: HighEvent, tr: Translate, locale: string): string {
  return tr('newHigh', subject(event.metric, tr), highAmount(event.metric, event.value, tr, locale));
}

export function eventTitle(event: MilestoneEvent, tr: Translate = t, locale = 'en-US'): string {
  return event.kind === 'crossing' ? crossingTitle(event, tr, locale) : highTitle(event, tr, locale);
}

function listOf(items: string[], tr: Translate): string {
  if (items.length <= 1) return items.join('');
  return tr('listAnd', items.slice(0, -1).join(', '), items[items.length - 1]);
}

/** The figures behind the title, for the notification's message. */
export function eventBody(event: MilestoneEvent, tr: Translate = t, locale = 'en-US'): string {
  const price = longUsd(event.usd, 3, tr, locale);
  const cap = compact(event.capUsd, tr, locale);
  const parts = [event.metric === 'cap' ? tr('bodyCap', cap, price) : tr('bodyPrice', price, cap)];
  if (event.kind === 'crossing' && event.alsoCrossed.length > 0) {
    const lines = listOf(
      event.alsoCrossed.map((l) => longUsd(l, 3, tr, locale)),
      tr,
    );
    parts.push(tr(event.direction === 'up' ? 'alsoPassed' : 'alsoFell', lines));
  }
  if (event.kind === 'high') {
    parts.push(tr('previousHigh', highAmount(event.metric, event.previous.value, tr, locale), event.previous.day));
  }
  return parts.join(' ');
}

/** One short line for the popup's timeline ("Cap topped $1.5T, first time"). */
export function timelineText(event: MilestoneEvent, tr: Translate = t, locale = 'en-US'): string {
  const what = tr(event.metric === 'cap' ? 'tlCap' : 'tlPrice');
  if (event.kind === 'high') return tr('tlHigh', what, compact(event.value, tr, locale));
  const line = compact(event.line, tr, locale);
  if (event.direction === 'down') return tr('tlFell', what, line);
  return tr(event.first ? 'tlFirst' : 'tlBack', what, line);
}
