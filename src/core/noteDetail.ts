// The sentence a note shows on hover or focus: what the amount means, and how today compares.

import { formatPrice } from './format';
import { formatCompactCap, formatCompactPrice } from './formatCompact';

export interface LiveFigures {
  priceUsd: number;
  supplyBtc: number;
}

const supplyFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 });

function comparison(now: number, then: number): string {
  const pct = ((now - then) / then) * 100;
  if (Math.abs(pct) < 0.05) return 'the same';
  return `${Math.abs(pct).toFixed(1)}% ${pct > 0 ? 'higher' : 'lower'}`;
}

export function noteDetail(kind: 'price' | 'cap', usd: number, live: LiveFigures): string {
  const supply = `supply ${supplyFormat.format(live.supplyBtc)} BTC`;
  const nowPrice = formatPrice(live.priceUsd);
  if (kind === 'price') {
    return `At ${formatPrice(usd)} bitcoin's market cap is ${formatCompactCap(usd * live.supplyBtc)} (${supply}). Now ${nowPrice}, ${comparison(live.priceUsd, usd)}.`;
  }
  const implied = usd / live.supplyBtc;
  return `A market cap of ${formatCompactCap(usd)} means ${formatCompactPrice(implied)} per bitcoin (${supply}). Now ${nowPrice}, ${comparison(live.priceUsd, implied)}.`;
}
