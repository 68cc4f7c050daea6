// CoinGecko market_chart: hourly price and market cap for the last days, to backfill the
// sparkline on install so it is never empty for a week.
// Shape: {"prices":[[ms,price],…],"market_caps":[[ms,cap],…],"total_volumes":[…]}
import * as v from 'valibot';
import { t } from '../i18n/t';
import { ProviderError } from './errors';
import { positiveNumber } from './numbers';
import { parseJson } from './parseJson';

const point = v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), positiveNumber]);
const schema = v.object({ prices: v.array(point), market_caps: v.array(point) });

export const BACKFILL_DAYS = 7;

export const coingeckoChart = {
  id: 'coingecko' as const,
  origin: 'https://api.coingecko.com',
  path: `/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=${BACKFILL_DAYS}`,
  /** [time, price, cap] samples, oldest first; a point without its cap twin is dropped. */
  parse(text: string): [number, number, number][] {
    const body = parseJson(text, schema);
    const caps = new Map(body.market_caps.map(([at, cap]) => [at, cap]));
    const samples: [number, number, number][] = [];
    for (const [at, usd] of body.prices) {
      const cap = caps.get(at);
      if (cap !== undefined) samples.push([at, usd, cap]);
    }
    if (samples.length === 0) throw new ProviderError('invalid', t('errNoPoints'));
    return samples.sort((a, b) => a[0] - b[0]);
  },
};
