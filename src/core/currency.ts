// The currencies figures can be shown in. Every source is read in US dollars, the currency of
// the milestone history and of most news; another currency is a conversion at CoinGecko's rate
// (its BTC price in that currency over its BTC price in dollars), named as such on screen.

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Units of `currency` per US dollar. */
export type Rates = Partial<Record<Currency, number>>;

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** A rate older than this is not used: figures fall back to dollars rather than a stale conversion. */
export const RATE_MAX_AGE_MS = 6 * 60 * 60_000;

export interface Money {
  currency: Currency;
  /** Units of `currency` per US dollar (1 for USD). */
  rate: number;
}

export const DOLLARS: Money = { currency: 'USD', rate: 1 };

/** The money to show figures in: the chosen currency when a fresh rate exists, else dollars. */
export function moneyFor(wanted: Currency, fx: { rates: Rates; at: number } | null | undefined, now: number): Money {
  if (wanted === 'USD') return DOLLARS;
  const rate = fx?.rates[wanted];
  if (!fx || !rate || !Number.isFinite(rate) || rate <= 0 || now - fx.at > RATE_MAX_AGE_MS) return DOLLARS;
  return { currency: wanted, rate };
}
