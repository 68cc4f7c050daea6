// CoinGecko simple/price: price, 24 h change and its own market cap (for the supply cross-check),
// and the BTC price in every other currency CapLens offers, for the conversion rates.
// Shape: {"bitcoin":{"usd":95762,"eur":88100,…,"usd_market_cap":1.89e12,"usd_24h_change":-1.48,"last_updated_at":1733146977}}
import * as v from 'valibot';
import { CURRENCIES, type Rates } from '../core/currency';
import { positiveNumber } from './numbers';
import { parseJson } from './parseJson';
import type { PriceProvider } from './types';

const schema = v.object({
  bitcoin: v.object({
    usd: positiveNumber,
    usd_market_cap: v.optional(positiveNumber),
    usd_24h_change: v.nullish(v.pipe(v.number(), v.finite())),
    // A missing or bad price in another currency costs only that currency's rate.
    ...Object.fromEntries(
      CURRENCIES.slice(1).map((c) => [c.toLowerCase(), v.fallback(v.optional(positiveNumber), undefined)]),
    ),
  }),
});

export const coingecko: PriceProvider = {
  id: 'coingecko',
  name: 'CoinGecko',
  role: 'price',
  origin: 'https://api.coingecko.com',
  path: `/api/v3/simple/price?ids=bitcoin&vs_currencies=${CURRENCIES.join(',').toLowerCase()}&include_market_cap=true&include_24hr_change=true&include_last_updated_at=true`,
  parse(text) {
    const { bitcoin } = parseJson(text, schema);
    const prices = bitcoin as unknown as Record<string, number | undefined>;
    const rates: Rates = {};
    for (const currency of CURRENCIES.slice(1)) {
      const price = prices[currency.toLowerCase()];
      if (price !== undefined) rates[currency] = price / bitcoin.usd;
    }
    return {
      usd: bitcoin.usd,
      change24hPct: bitcoin.usd_24h_change ?? null,
      capUsd: bitcoin.usd_market_cap ?? null,
      rates,
    };
  },
};
