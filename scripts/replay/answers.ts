// Each provider's answer for a scenario, in the provider's real shape (see REFERENCE.md).
import { issuedBtcThrough } from '../../src/core/supply';
import type { ReplayProvider, Scenario } from './scenario';

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

const json = (body: unknown): Answer => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
const text = (body: string): Answer => ({ status: 200, contentType: 'text/plain', body });

/**
 * A week of hourly points ending at the scenario's price: a gentle wave, so a sparkline drawn
 * from it is recognisably a line and not flat.
 */
function chartFor(usd: number, height: number, now: number) {
  const hour = 3_600_000;
  const supply = issuedBtcThrough(Math.max(0, height));
  const end = Math.floor(now / hour) * hour;
  const prices: [number, number][] = [];
  const caps: [number, number][] = [];
  for (let i = 168; i >= 1; i--) {
    const t = end - i * hour;
    const price = usd * (1 + 0.03 * Math.sin(i / 9) - 0.0002 * i);
    prices.push([t, price]);
    caps.push([t, price * supply]);
  }
  return { prices, market_caps: caps, total_volumes: [] };
}

/** Units per US dollar that the simulated CoinGecko quotes bitcoin at, in each other currency. */
export const REPLAY_RATES = { eur: 0.92, gbp: 0.79, jpy: 155, cad: 1.38, aud: 1.52, chf: 0.88 } as const;

/** The all-time high the simulated CoinGecko reports: the real one in dollars, at the simulated rates elsewhere. */
export const REPLAY_HIGH = { usd: 126_080, date: '2025-10-06T18:57:42.558Z' } as const;

function marketsFor(query: URLSearchParams, usd: number) {
  const currency = (query.get('vs_currency') ?? '').toLowerCase();
  const rate = currency === 'usd' ? 1 : REPLAY_RATES[currency as keyof typeof REPLAY_RATES];
  if (query.get('ids') !== 'bitcoin' || rate === undefined) return [];
  return [{ id: 'bitcoin', current_price: usd * rate, ath: REPLAY_HIGH.usd * rate, ath_date: REPLAY_HIGH.date }];
}

/** Prices as exchanges send them: decimal strings. */
const decimal = (n: number) => n.toFixed(2);

export function answerFor(provider: ReplayProvider, path: string, scenario: Scenario, now: number): Answer | null {
  const o = scenario.providers[provider] ?? {};
  const usd = o.btcUsd ?? scenario.btcUsd;
  const height = o.height ?? scenario.height;
  const change = o.change24hPct ?? scenario.change24hPct;
  switch (provider) {
    case 'coingecko':
      if (path.startsWith('/api/v3/simple/price')) {
        const supply = height >= 0 && Number.isInteger(height) ? issuedBtcThrough(height) : 0;
        return json({
          bitcoin: {
            usd,
            ...Object.fromEntries(Object.entries(REPLAY_RATES).map(([c, rate]) => [c, usd * rate])),
            usd_market_cap: usd * supply,
            usd_24h_change: change,
            last_updated_at: Math.floor(now / 1000),
          },
        });
      }
      if (path.startsWith('/api/v3/coins/bitcoin/market_chart')) return json(chartFor(usd, height, now));
      if (path.startsWith('/api/v3/coins/markets?')) {
        return json(marketsFor(new URLSearchParams(path.slice(path.indexOf('?') + 1)), usd));
      }
      return null;
    case 'coinbase':
      if (path === '/v2/prices/BTC-USD/spot')
        return json({ data: { amount: decimal(usd), base: 'BTC', currency: 'USD' } });
      return null;
    case 'kraken':
      if (path.startsWith('/0/public/Ticker')) {
        const open = usd / (1 + change / 100);
        return json({
          error: [],
          result: {
            XXBTZUSD: {
              a: [decimal(usd + 0.1), '1', '1.000'],
              b: [decimal(usd - 0.1), '1', '1.000'],
              c: [decimal(usd), '0.00100000'],
              o: decimal(open),
            },
          },
        });
      }
      return null;
    case 'mempool':
    case 'blockstream':
      if (path === '/api/blocks/tip/height') return text(String(height));
      return null;
  }
}
