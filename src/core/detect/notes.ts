// The text of a note: what the amount implies for the other figure.
import { type Translate, t } from '../../i18n/t';
import { formatCompactCap, formatCompactPrice } from '../formatCompact';

export type MentionKind = 'price' | 'cap';

/** "≈ $1.10T cap" for a price, "≈ $53.6k/BTC" for a market cap; null when the figures cannot give one. */
export function noteFor(kind: MentionKind, usd: number, supplyBtc: number, tr: Translate = t): string | null {
  if (!(supplyBtc > 0)) return null;
  const implied = kind === 'price' ? formatCompactCap(usd * supplyBtc) : formatCompactPrice(usd / supplyBtc);
  if (!implied) return null;
  return tr(kind === 'price' ? 'noteCap' : 'notePrice', implied);
}
