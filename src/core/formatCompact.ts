// Compact amounts for inline notes, where a reader compares them with the figure they sit next to:
// always three significant digits, so "$1.10T" never shortens to "$1.1T" and looks rounder than it is.
// In the notes' own form (en-US) whatever the currency: "£967B", "CHF 1.07T", "¥9.20M".
import { isPositive, numberFormat } from './format';

const compactIn = (currency: string): Intl.NumberFormat =>
  numberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumSignificantDigits: 3,
    maximumSignificantDigits: 3,
  });

/** A market cap or other large amount: "$1.22T", "$900B", "£12.3B". */
export function formatCompactCap(amount: number, currency = 'USD'): string | null {
  return isPositive(amount) ? compactIn(currency).format(amount) : null;
}

/** The price of one coin, with a lower-case k as prices are written in crypto news: "$53.6k", "$125k", "$1.20M". */
export function formatCompactPrice(amount: number, currency = 'USD'): string | null {
  return isPositive(amount) ? compactIn(currency).format(amount).replace('K', 'k') : null;
}
