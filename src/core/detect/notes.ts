// The text of a note: what a price or cap implies for the other figure, in the amount's own currency;
// what an amount of bitcoin is worth today, in the user's currency, and its share of the supply.
import { type Translate, t } from '../../i18n/t';
import type { Currency, Rates } from '../currency';
import { formatCompactCap, formatCompactPrice } from '../formatCompact';
import { rateOf } from './currencies';

export type MentionKind = 'price' | 'cap' | 'quantity';

/** What a note is about: an amount of money (`value` in `currency`) or of bitcoin (`value` in BTC). */
export interface NoteSource {
  kind: MentionKind;
  value: number;
  currency?: Currency;
}

export interface NoteFigures {
  priceUsd: number;
  supplyBtc: number;
  /** Units of each currency per US dollar, as fetched by the background. */
  rates?: Rates;
  /** The user's currency, for what amounts of bitcoin are worth. */
  currency?: Currency;
}

/** The user's currency with its rate, or dollars when there is no rate for it. */
export function userMoney({ currency = 'USD', rates }: NoteFigures): [Currency, number] {
  const rate = rateOf(currency, rates);
  return rate ? [currency, rate] : ['USD', 1];
}

const shareFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumSignificantDigits: 3 });
const satsFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

/**
 * "≈ $1.10T cap" for a price, "≈ £48.4k/BTC" for a cap in pounds, "≈ $15.4B · 1.26% of supply" for an
 * amount of bitcoin ("≈ $30.6k · 50M sats" under one coin); null when the figures cannot give one.
 */
export function noteFor(source: NoteSource, figures: NoteFigures, tr: Translate = t): string | null {
  const { kind, value, currency = 'USD' } = source;
  const { supplyBtc } = figures;
  if (!(supplyBtc > 0)) return null;
  if (kind === 'quantity') {
    const [money, rate] = userMoney(figures);
    const worth = formatCompactCap(value * figures.priceUsd * rate, money);
    if (!worth || !(value > 0)) return null;
    const share =
      value < 1
        ? tr('noteSats', satsFormat.format(Math.round(value * 1e8)))
        : tr('noteShare', shareFormat.format(value / supplyBtc));
    return tr('noteQuantity', worth, share);
  }
  const implied =
    kind === 'price' ? formatCompactCap(value * supplyBtc, currency) : formatCompactPrice(value / supplyBtc, currency);
  return implied && tr(kind === 'price' ? 'noteCap' : 'notePrice', implied);
}
