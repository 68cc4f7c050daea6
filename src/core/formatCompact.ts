// Compact amounts for inline notes, where a reader compares them with the figure they sit next to:
// always three significant digits, so "$1.10T" never shortens to "$1.1T" and looks rounder than it is.
import { isPositive } from './format';

const compact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumSignificantDigits: 3,
  maximumSignificantDigits: 3,
});

/** A market cap or other large amount: "$1.22T", "$900B", "$12.3B". */
export function formatCompactCap(usd: number): string | null {
  return isPositive(usd) ? compact.format(usd) : null;
}

/** The price of one coin, with a lower-case k as prices are written in crypto news: "$53.6k", "$125k", "$1.20M". */
export function formatCompactPrice(usd: number): string | null {
  if (!isPositive(usd)) return null;
  return compact.format(usd).replace('K', 'k');
}
