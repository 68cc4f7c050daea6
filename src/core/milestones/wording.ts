// Words for milestone notifications and the popup's timeline, in the user's language. Titles are
// the sentence a news headline would use; "for the first time" appears only on events marked
// first, and a day is said only as precisely as it is known. The translator is a parameter (the
// browser's by default) so the sentences can be tested in any language without a browser.

import { type Translate, t } from '../../i18n/t';
import type { Currency } from '../currency';
import { formatCompactMoney, formatPrice } from '../format';
import type { CrossingEvent, FirstReached, HighEvent, Metric, MilestoneEvent } from './types';

/**
 * Long-form money the way headlines write round amounts: "$1.5 trillion", "€900 billion", "2 Millionen Euro",
 * "$100,000". `digits` bounds the decimals of the trillion/billion/million forms.
 */
export function longMoney(
  amount: number,
  currency: Currency = 'USD',
  digits = 3,
  tr: Translate = t,
  locale = 'en-US',
): string {
  // The dollar sign goes in as a substitution: chrome.i18n mangles a literal "$$" next to one.
  const spelled = (words: string) => tr(`moneyLong${currency}`, words, '$');
  if (amount >= 1e6) {
    const words = new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: digits,
    }).format(amount);
    return spelled(words);
  }
  return formatPrice(amount, locale, false, currency) ?? spelled(String(amount));
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
  const line = longMoney(event.line, event.currency, 3, tr, locale);
  if (event.direction === 'down') return tr('fallsBelow', who, line);
  if (event.first) return tr('topsFirst', who, line);
  // Without a day it was reached, "back above" would be a guess: the line may never have been reached.
  return event.firstReached
    ? tr('backAboveSince', who, line, whenText(event.firstReached, tr))
    : tr('risesAbove', who, line);
}

// A cap high is not a round number: "$2.54 trillion" says enough, "$2.543 trillion" is noise.
const highAmount = (metric: Metric, amount: number, currency: Currency, tr: Translate, locale: string): string =>
  longMoney(amount, currency, metric === 'cap' ? 2 : 3, tr, locale);

// The compact formatter answers null rather than a wrong figure; events are validated, but a title never says "null".
const compact = (amount: number, currency: Currency, tr: Translate, locale: string): string =>
  formatCompactMoney(amount, locale, currency) ?? longMoney(amount, currency, 3, tr, locale);

function highTitle(event: HighEvent, tr: Translate, locale: string): string {
  return tr('newHigh', subject(event.metric, tr), highAmount(event.metric, event.value, event.currency, tr, locale));
}

export function eventTitle(event: MilestoneEvent, tr: Translate = t, locale = 'en-US'): string {
  return event.kind === 'crossing' ? crossingTitle(event, tr, locale) : highTitle(event, tr, locale);
}

function listOf(items: string[], tr: Translate): string {
  if (items.length <= 1) return items.join('');
  return tr('listAnd', items.slice(0, -1).join(', '), items[items.length - 1]);
}

const ALONGSIDE_KEYS = {
  cap: { up: 'alsoCapUp', upFirst: 'alsoCapUpFirst', down: 'alsoCapDown' },
  price: { up: 'alsoPriceUp', upFirst: 'alsoPriceUpFirst', down: 'alsoPriceDown' },
} as const;

/** "The market cap passed $2.5 trillion too." for the other metric's line of a merged notification. */
function alongsideText(event: CrossingEvent, tr: Translate, locale: string): string {
  const other = event.alongside;
  if (!other) return '';
  const keys = ALONGSIDE_KEYS[other.metric];
  const key = event.direction === 'down' ? keys.down : other.first ? keys.upFirst : keys.up;
  return tr(key, longMoney(other.line, event.currency, 3, tr, locale));
}

/** The figures behind the title, for the notification's message. */
export function eventBody(event: MilestoneEvent, tr: Translate = t, locale = 'en-US'): string {
  const { currency } = event;
  const price = longMoney(event.price, currency, 3, tr, locale);
  const cap = compact(event.cap, currency, tr, locale);
  const parts = [event.metric === 'cap' ? tr('bodyCap', cap, price) : tr('bodyPrice', price, cap)];
  if (event.kind === 'crossing' && event.alsoCrossed.length > 0) {
    const lines = listOf(
      event.alsoCrossed.map((l) => longMoney(l, currency, 3, tr, locale)),
      tr,
    );
    parts.push(tr(event.direction === 'up' ? 'alsoPassed' : 'alsoFell', lines));
  }
  if (event.kind === 'crossing' && event.alongside) parts.push(alongsideText(event, tr, locale));
  if (event.kind === 'high') {
    const previous = highAmount(event.metric, event.previous.value, currency, tr, locale);
    parts.push(tr('previousHigh', previous, event.previous.day));
  }
  return parts.join(' ');
}

/** One short line for the popup's timeline ("Cap topped $1.5T, first time"). */
export function timelineText(event: MilestoneEvent, tr: Translate = t, locale = 'en-US'): string {
  const what = tr(event.metric === 'cap' ? 'tlCap' : 'tlPrice');
  if (event.kind === 'high') return tr('tlHigh', what, compact(event.value, event.currency, tr, locale));
  const line = compact(event.line, event.currency, tr, locale);
  if (event.direction === 'down') return tr('tlFell', what, line);
  if (event.first) return tr('tlFirst', what, line);
  return tr(event.firstReached ? 'tlBack' : 'tlRose', what, line);
}
