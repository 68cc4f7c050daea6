// CoinGecko coins/markets in one currency: bitcoin's all-time price high in it and the day it was
// reached, which "for the first time" rests on when milestones are in a currency other than the dollar.
// Shape: [{"id":"bitcoin","current_price":…,"ath":115993.6,"ath_date":"2025-10-06T18:57:42.558Z",…}]
import * as v from 'valibot';
import type { Currency } from '../core/currency';
import { isDay } from '../core/milestones/day';
import type { High } from '../core/milestones/types';
import { positiveNumber } from './numbers';
import { parseJson } from './parseJson';

const schema = v.pipe(
  v.array(
    v.object({
      id: v.literal('bitcoin'),
      ath: positiveNumber,
      ath_date: v.pipe(
        v.string(),
        v.check((text) => isDay(text.slice(0, 10)), 'not a date'),
      ),
    }),
  ),
  v.length(1, 'expected bitcoin alone'),
);

export const coingeckoHigh = {
  id: 'coingecko' as const,
  origin: 'https://api.coingecko.com',
  path: (currency: Currency) => `/api/v3/coins/markets?vs_currency=${currency.toLowerCase()}&ids=bitcoin`,
  parse(text: string): High {
    const [bitcoin] = parseJson(text, schema);
    return { value: bitcoin.ath, day: bitcoin.ath_date.slice(0, 10) };
  },
};
