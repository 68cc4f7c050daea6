// The live figures the notes need, read from the stored state. Checked by hand rather than with
// the state's schema, which would add a schema library to every page the script runs on.
import { CURRENCIES, type Currency, RATE_MAX_AGE_MS, type Rates } from '../core/currency';
import type { NoteFigures } from '../core/detect/notes';
import { isPositive } from '../core/format';

export interface Figures extends NoteFigures {
  rates: Rates;
  currency: Currency;
}

/**
 * The quote's price and supply, the rates of every currency the background fetched (none when they are
 * older than the popup would show), and the user's currency.
 */
export function figuresFrom(stored: unknown, currency: Currency = 'USD', now = Date.now()): Figures | null {
  const state = stored as { quote?: Record<string, unknown>; fx?: { at?: unknown; rates?: unknown } } | null;
  const usd = state?.quote?.usd;
  const supplyBtc = state?.quote?.supplyBtc;
  if (!isPositive(usd) || !isPositive(supplyBtc)) return null;
  const at = state?.fx?.at;
  const fetched = (isPositive(at) && now - at <= RATE_MAX_AGE_MS && state?.fx?.rates) as Record<string, unknown>;
  const rates: Rates = {};
  for (const code of CURRENCIES) {
    const rate = fetched?.[code];
    if (isPositive(rate)) rates[code] = rate;
  }
  return { priceUsd: usd, supplyBtc, rates, currency };
}
