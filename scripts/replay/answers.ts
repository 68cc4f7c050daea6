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
            usd_market_cap: usd * supply,
            usd_24h_change: change,
            last_updated_at: Math.floor(now / 1000),
          },
        });
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
