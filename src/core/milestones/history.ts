// The shipped history: the UTC day each round line was first crossed, and the all-time highs as of the build.
// A fresh install needs it to know that $1T was first crossed in February 2021 and never to call a later
// crossing of it a first. ("First" itself is decided by the highs below, see highs.ts; this table gives the days.)
//
// Sources
// - Days marked 'day' or 'approx' come from CoinGecko's daily data (api.coingecko.com
//   /coins/bitcoin/market_chart?vs_currency=usd&days=max, and the `ath`/`ath_date` fields of
//   /coins/markets?vs_currency=usd&ids=bitcoin). One source, applied consistently: other indices differ by a day here and there.
// - Price ATH: $126,080 on 2025-10-06 (CoinGecko `ath`, /coins/markets). It stood as of the build: the price
//   was near $60k in February 2026 and $77–78k in May 2026 (CoinGecko daily data).
// - Cap ATH: CoinGecko's market cap is price × issued supply (CoinGecko's methodology, coingecko.com/en/methodology), so the cap high is the price high
//   times the supply that day: block 840,000 (the 2024 halving) was mined on 2024-04-20; 534 days at 144–147
//   blocks a day put 2025-10-06 at height 916,900–918,500, i.e. 19,927,816–19,932,816 BTC (supply.ts). We use
//   height 917,700: 19,930,315.625 BTC × $126,080 ≈ $2.5128T (±0.02 %). The supply grew by about 0.25 % from the
//   July 2025 peak (~$123k) to October, so October's high is also the cap's high.
//
// Derived rows: a line between two dated ones has no day of its own in the sources, and this build had no
// network to fetch daily history. Such rows are 'onOrBefore': `day` is a day by which the line was certainly
// reached, `notBefore` a day before which it certainly was not. The bounds come from two facts:
// - a market moves continuously, so a line is first reached no later than any higher line of the same metric,
//   and no earlier than any lower line;
// - cap = price × supply, and the supply on a given day is known to within a fraction of a percent from the
//   block height, so a dated price line bounds the cap lines (and the other way round).
// `note` keeps the day commonly reported for a row, from memory and unverified offline: it is never shown as a
// fact, only kept for whoever next checks the table against daily data (CoinGecko market_chart, 365 days keyless;
// older days need a one-off download).
// Nothing here claims a line was NOT reached: lines above the highs (e.g. $3T, $150,000) are simply absent.
import { issuedBtcThrough } from '../supply';
import type { FirstCrossing, High, Metric } from './types';

const COINGECKO = 'CoinGecko daily data (/coins/bitcoin/market_chart)';

/** Height estimated for 2025-10-06, the day of the all-time high (see the derivation above). */
export const ATH_HEIGHT_ESTIMATE = 917_700;

export const SHIPPED_HIGHS: Readonly<Record<Metric, High>> = {
  price: { value: 126_080, day: '2025-10-06' },
  cap: { value: Math.round(126_080 * issuedBtcThrough(ATH_HEIGHT_ESTIMATE)), day: '2025-10-06' },
};

/** The table and highs are as of this month (CoinGecko's latest daily figures at the build); later figures come from run time. */
export const HISTORY_AS_OF = '2026-05';

const B = 1e9;
const T = 1e12;

function row(
  metric: Metric,
  line: number,
  day: string,
  precision: FirstCrossing['precision'],
  source: string,
  extra: { notBefore?: string; note?: string } = {},
): FirstCrossing {
  return { metric, line, day, precision, ...extra, source };
}

export const SHIPPED_FIRSTS: readonly FirstCrossing[] = [
  // Market cap, every line of the default ladder up to the high.
  row('cap', 100 * B, '2017-10-20', 'day', COINGECKO),
  row('cap', 200 * B, '2017-12-06', 'day', COINGECKO),
  row('cap', 300 * B, '2020-12-16', 'onOrBefore', 'derived: price $20,000 on 2020-12-16 × ≥ 18.53M BTC ≥ $370B', {
    notBefore: '2017-12-06',
    note: 'commonly put in December 2017 (the 2017 peak, ≈ $19k × 16.7M BTC ≈ $320B); unverified',
  }),
  row('cap', 400 * B, '2020-12-27', 'onOrBefore', 'derived: below the $500B line first crossed 2020-12-27', {
    // Before 2020-12-16 the price had never reached $20,000 and the supply was under 18.58M: cap < $372B.
    notBefore: '2020-12-16',
    note: 'commonly reported 2020-12-17; unverified',
  }),
  row('cap', 500 * B, '2020-12-27', 'day', COINGECKO),
  ...[600, 700, 800, 900].map((n) =>
    row('cap', n * B, '2021-02-16', 'onOrBefore', 'derived: price $50,000 on 2021-02-16 × ≥ 18.6M BTC ≥ $930B', {
      notBefore: '2020-12-27',
      note: {
        600: 'commonly reported 2021-01-02 ($32.3k needed)',
        700: 'commonly reported 2021-01-07 ($37.7k needed)',
        800: 'commonly reported 2021-02-08 ($43k needed)',
        900: 'commonly reported mid-February 2021 ($48.3k needed)',
      }[n],
    }),
  ),
  row('cap', 1 * T, '2021-02-19', 'day', COINGECKO),
  row(
    'cap',
    1.25 * T,
    '2021-11-10',
    'onOrBefore',
    'derived: $69,000 reached 2021-11-10 on indices other than CoinGecko × ≈ 18.87M BTC (height ≈ 709,000) ≈ $1.30T; ' +
      '$1.25T needs ≈ $66,250, 4 % lower, more than any gap between indices',
    {
      // Before 2021-03-13 the price had never reached $60,000 and the supply was under 18.7M: cap < $1.13T.
      notBefore: '2021-03-13',
      note: 'commonly reported 2021-10-20 (then-record ≈ $66.9k); passed again in 2024',
    },
  ),
  row('cap', 1.5 * T, '2024-11-07', 'approx', `${COINGECKO}, ±1 day`),
  row('cap', 1.75 * T, '2024-12-05', 'onOrBefore', 'derived: price $100,000 on 2024-12-05 × ≥ 19.75M BTC ≥ $1.97T', {
    notBefore: '2024-11-06',
    note: 'commonly reported 2024-11-12 ($88.4k needed); unverified',
  }),
  row('cap', 2 * T, '2024-12-05', 'day', COINGECKO),
  row('cap', 2.25 * T, '2025-10-06', 'onOrBefore', 'derived: the cap high of 2025-10-06, ≈ $2.51T', {
    notBefore: '2024-12-05',
    note: 'commonly reported around 2025-07-10 ($113k needed); unverified',
  }),
  row('cap', 2.5 * T, '2025-10-06', 'onOrBefore', `${COINGECKO}: 2025-10-05 or 06, borderline`, {
    // $2.5T needs ≈ $125,440 at that supply; the high of $126,080 on 2025-10-06 passed it, maybe the 5th did.
    notBefore: '2025-10-05',
  }),

  // Price, every line of the default ladder up to the high, and the other lines CoinGecko's daily data dates.
  row('price', 1_000, '2013-11-27', 'day', COINGECKO),
  row('price', 10_000, '2017-11-28', 'day', COINGECKO),
  row('price', 20_000, '2020-12-16', 'day', COINGECKO, {
    note: 'CoinMarketCap-style data put a $20,089 high on 2017-12-17; this table follows CoinGecko-style data',
  }),
  row('price', 30_000, '2021-02-16', 'onOrBefore', 'derived: below the $50,000 line first crossed 2021-02-16', {
    notBefore: '2020-12-16',
    note: 'commonly reported 2021-01-02; unverified',
  }),
  row('price', 40_000, '2021-02-16', 'onOrBefore', 'derived: below the $50,000 line first crossed 2021-02-16', {
    notBefore: '2020-12-16',
    note: 'commonly reported 2021-01-07; unverified',
  }),
  row('price', 50_000, '2021-02-16', 'day', COINGECKO),
  row('price', 60_000, '2021-03-13', 'day', COINGECKO),
  row('price', 69_000, '2024-03-05', 'onOrBefore', `${COINGECKO}: 2024-03-05 (CoinGecko), 2021-11-10 (other indices)`, {
    notBefore: '2021-03-13',
    // The two readings agree only on "by 2024-03-05", so that is all this row claims.
    note: "CoinGecko's 2021 high is often quoted as $69,044.77 on 2021-11-10, which would make that the day; unverified",
  }),
  row(
    'price',
    70_000,
    '2024-11-08',
    'onOrBefore',
    'derived: cap $1.5T by 2024-11-08 (±1 day) ÷ ≤ 19.79M BTC ≥ $75,700',
    { notBefore: '2021-03-13', note: 'commonly reported 2024-03-08; unverified' },
  ),
  row('price', 80_000, '2024-12-05', 'onOrBefore', 'derived: below the $100,000 line first crossed 2024-12-05', {
    notBefore: '2021-03-13',
    note: 'commonly reported 2024-11-10/11; unverified',
  }),
  row('price', 90_000, '2024-12-05', 'onOrBefore', 'derived: below the $100,000 line first crossed 2024-12-05', {
    notBefore: '2021-03-13',
    note: 'commonly reported 2024-11-12; unverified',
  }),
  row('price', 100_000, '2024-12-05', 'day', COINGECKO),
  row('price', 125_000, '2025-10-06', 'onOrBefore', 'derived: below the all-time high of $126,080 on 2025-10-06', {
    notBefore: '2024-12-05',
    note: 'commonly reported 2025-10-05; unverified',
  }),
];
