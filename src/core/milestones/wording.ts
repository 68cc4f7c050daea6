// Words for milestone notifications and the popup's timeline. Titles are the sentence a news headline would use;
// "for the first time" appears only on events marked first, and a day is said only as precisely as it is known.
import { formatCompactUsd, formatPrice } from '../format';
import type { CrossingEvent, FirstReached, HighEvent, Metric, MilestoneEvent } from './types';

const trimmed = (n: number, digits: number): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, useGrouping: true });

/**
 * Long-form dollars the way headlines write round amounts: "$1.5 trillion", "$900 billion", "$2 million",
 * "$100,000". `digits` bounds the decimals of the trillion/billion/million forms.
 */
export function longUsd(usd: number, digits = 3): string {
  if (usd >= 1e12) return `$${trimmed(usd / 1e12, digits)} trillion`;
  if (usd >= 1e9) return `$${trimmed(usd / 1e9, digits)} billion`;
  if (usd >= 1e6) return `$${trimmed(usd / 1e6, digits)} million`;
  return formatPrice(usd) ?? `$${trimmed(usd, 2)}`;
}

const subject = (metric: Metric): string => (metric === 'cap' ? "Bitcoin's market cap" : 'Bitcoin');

/** "2024-12-05", "around 2024-11-07", "on or before 2021-02-16". */
export function whenText(reached: FirstReached): string {
  if (reached.precision === 'approx') return `around ${reached.day}`;
  if (reached.precision === 'onOrBefore') return `on or before ${reached.day}`;
  return reached.day;
}

function crossingTitle(event: CrossingEvent): string {
  const who = subject(event.metric);
  const line = longUsd(event.line);
  if (event.direction === 'down') return `${who} falls below ${line}`;
  if (event.first) return `${who} tops ${line} — for the first time`;
  const since = event.firstReached ? `, first reached ${whenText(event.firstReached)}` : '';
  return `${who} is back above ${line}${since}`;
}

// A cap high is not a round number: "$2.54 trillion" says enough, "$2.543 trillion" is noise.
const highAmount = (metric: Metric, usd: number): string => (metric === 'cap' ? longUsd(usd, 2) : longUsd(usd));

// The compact formatter answers null rather than a wrong figure; events are validated, but a title never says "null".
const compact = (usd: number): string => formatCompactUsd(usd) ?? longUsd(usd);

function highTitle(event: HighEvent): string {
  return `${subject(event.metric)} sets a new all-time high: ${highAmount(event.metric, event.value)}`;
}

export function eventTitle(event: MilestoneEvent): string {
  return event.kind === 'crossing' ? crossingTitle(event) : highTitle(event);
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The figures behind the title, for the notification's message. */
export function eventBody(event: MilestoneEvent): string {
  const price = longUsd(event.usd);
  const cap = compact(event.capUsd);
  const figures = event.metric === 'cap' ? `Market cap ${cap} at ${price} per BTC.` : `${price}; market cap ${cap}.`;
  const parts = [figures];
  if (event.kind === 'crossing' && event.alsoCrossed.length > 0) {
    parts.push(
      `Also ${event.direction === 'up' ? 'passed' : 'fell through'} ${listOf(event.alsoCrossed.map((l) => longUsd(l)))}.`,
    );
  }
  if (event.kind === 'high') {
    parts.push(`Previous high ${highAmount(event.metric, event.previous.value)} on ${event.previous.day}.`);
  }
  return parts.join(' ');
}

/** One short line for the popup's timeline ("Cap topped $1.5T, first time"). */
export function timelineText(event: MilestoneEvent): string {
  const what = event.metric === 'cap' ? 'Cap' : 'Price';
  if (event.kind === 'high') return `${what} new all-time high ${compact(event.value)}`;
  const line = compact(event.line);
  if (event.direction === 'down') return `${what} fell below ${line}`;
  return event.first ? `${what} topped ${line}, first time` : `${what} back above ${line}`;
}
