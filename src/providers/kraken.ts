// Kraken ticker. Shape: {"error":[],"result":{"XXBTZUSD":{"c":["104123.4","0.01"],"o":"103000.0",…}}}
// The result key differs from the pair asked for (XBTUSD → XXBTZUSD): read the only key there is.
import * as v from 'valibot';
import { t } from '../i18n/t';
import { ProviderError } from './errors';
import { positiveDecimalString } from './numbers';
import { parseJson } from './parseJson';
import type { PriceProvider } from './types';

const ticker = v.object({ c: v.tupleWithRest([positiveDecimalString, v.string()], v.string()) });
const schema = v.object({
  error: v.array(v.string()),
  result: v.optional(v.record(v.string(), ticker)),
});

export const kraken: PriceProvider = {
  id: 'kraken',
  name: 'Kraken',
  role: 'price',
  origin: 'https://api.kraken.com',
  path: '/0/public/Ticker?pair=XBTUSD',
  parse(text) {
    const body = parseJson(text, schema);
    if (body.error.length > 0) {
      // Kraken's own words, shown in the popup: kept short.
      const said = body.error[0].length > 60 ? `${body.error[0].slice(0, 59)}…` : body.error[0];
      throw new ProviderError('invalid', t('errKraken', said));
    }
    const tickers = Object.values(body.result ?? {});
    if (tickers.length !== 1) throw new ProviderError('invalid', t('errUnexpectedAt', 'result'));
    return { usd: tickers[0].c[0], change24hPct: null, capUsd: null };
  },
};
