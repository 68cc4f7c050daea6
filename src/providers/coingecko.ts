// CoinGecko simple/price: price, 24 h change and its own market cap (for the supply cross-check).
// Shape: {"bitcoin":{"usd":95762,"usd_market_cap":1.89e12,"usd_24h_change":-1.48,"last_updated_at":1733146977}}
import * as v from 'valibot';
import { positiveNumber } from './numbers';
import { parseJson } from './parseJson';
import type { PriceProvider } from './types';

const schema = v.object({
  bitcoin: v.object({
    usd: positiveNumber,
    usd_market_cap: v.optional(positiveNumber),
    usd_24h_change: v.nullish(v.pipe(v.number(), v.finite())),
  }),
});

export const coingecko: PriceProvider = {
  id: 'coingecko',
  name: 'CoinGecko',
  role: 'price',
  origin: 'https://api.coingecko.com',
  path: '/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&include_market_cap=true&include_24hr_change=true&include_last_updated_at=true',
  parse(text) {
    const { bitcoin } = parseJson(text, schema);
    return {
      usd: bitcoin.usd,
      change24hPct: bitcoin.usd_24h_change ?? null,
      capUsd: bitcoin.usd_market_cap ?? null,
    };
  },
};
