// The sentence a note shows on hover or focus: what the amount means, and how today compares.
import { type Translate, t, uiLocale } from '../i18n/t';
import { formatPct, formatPrice } from './format';
import { formatCompactCap, formatCompactPrice } from './formatCompact';

export interface LiveFigures {
  priceUsd: number;
  supplyBtc: number;
}

const supplyFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 });

function comparison(now: number, then: number, tr: Translate): string {
  const pct = ((now - then) / then) * 100;
  const size = Math.abs(pct);
  if (size < 0.05) return tr('same');
  // The percentage in the browser's locale, as the words are in its language: "10.7% higher", "10,7 % höher".
  return tr(pct > 0 ? 'higher' : 'lower', formatPct(size, uiLocale()) as string);
}

export function noteDetail(kind: 'price' | 'cap', usd: number, live: LiveFigures, tr: Translate = t): string {
  const supply = tr('detailSupply', supplyFormat.format(live.supplyBtc));
  const nowPrice = formatPrice(live.priceUsd) ?? '';
  if (kind === 'price') {
    const cap = formatCompactCap(usd * live.supplyBtc) ?? '';
    return tr('detailPrice', formatPrice(usd) ?? '', cap, supply, nowPrice, comparison(live.priceUsd, usd, tr));
  }
  const implied = usd / live.supplyBtc;
  return tr(
    'detailCap',
    formatCompactCap(usd) ?? '',
    formatCompactPrice(implied) ?? '',
    supply,
    nowPrice,
    comparison(live.priceUsd, implied, tr),
  );
}
