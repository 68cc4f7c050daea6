// Coinbase spot price. Shape: {"data":{"amount":"104123.45","base":"BTC","currency":"USD"}}
import * as v from 'valibot';
import { positiveDecimalString } from './numbers';
import { parseJson } from './parseJson';
import type { PriceProvider } from './types';

const schema = v.object({
  data: v.object({
    amount: positiveDecimalString,
    base: v.literal('BTC'),
    currency: v.literal('USD'),
  }),
});

export const coinbase: PriceProvider = {
  id: 'coinbase',
  name: 'Coinbase',
  role: 'price',
  origin: 'https://api.coinbase.com',
  path: '/v2/prices/BTC-USD/spot',
  parse(text) {
    const { data } = parseJson(text, schema);
    return { usd: data.amount, change24hPct: null, capUsd: null };
  },
};
