// The sentence a note shows on hover or focus: what the amount means, and how today compares.
import { type Translate, t, uiLocale } from '../i18n/t';
import { rateOf } from './detect/currencies';
import { type NoteFigures, type NoteSource, userMoney } from './detect/notes';
import { formatPct, formatPrice, numberFormat } from './format';
import { formatCompactCap, formatCompactPrice } from './formatCompact';

/** A whole-unit price in the notes' own form: "£48,500", "CHF 54,100". */
const priceIn = (amount: number, currency: string): string => formatPrice(amount, 'en-US', false, currency) ?? '';

function comparison(now: number, then: number, tr: Translate): string {
  const pct = ((now - then) / then) * 100;
  const size = Math.abs(pct);
  if (size < 0.05) return tr('same');
  // The percentage in the browser's locale, as the words are in its language: "10.7% higher", "10,7 % höher".
  return tr(pct > 0 ? 'higher' : 'lower', formatPct(size, uiLocale()) as string);
}

/** The sentence for a note; null when today's price cannot be given in the amount's currency. */
export function noteDetail(source: NoteSource, live: NoteFigures, tr: Translate = t): string | null {
  const { kind, value } = source;
  const supply = tr(
    'detailSupply',
    numberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 }).format(live.supplyBtc),
  );
  if (kind === 'quantity') {
    const [money, rate] = userMoney(live);
    const price = live.priceUsd * rate;
    return tr(
      'detailQuantity',
      numberFormat('en-US', { maximumFractionDigits: 8 }).format(value),
      formatCompactCap(value * price, money) ?? '',
      priceIn(price, money),
      supply,
    );
  }
  const { currency = 'USD' } = source;
  const rate = rateOf(currency, live.rates);
  if (!rate) return null;
  const now = live.priceUsd * rate;
  const nowPrice = priceIn(now, currency);
  if (kind === 'price') {
    const cap = formatCompactCap(value * live.supplyBtc, currency) ?? '';
    return tr('detailPrice', priceIn(value, currency), cap, supply, nowPrice, comparison(now, value, tr));
  }
  const implied = value / live.supplyBtc;
  return tr(
    'detailCap',
    formatCompactCap(value, currency) ?? '',
    formatCompactPrice(implied, currency) ?? '',
    supply,
    nowPrice,
    comparison(now, implied, tr),
  );
}
