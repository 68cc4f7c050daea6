import { describe, expect, it } from 'vitest';
import { coinbase } from '../../../src/providers/coinbase';
import { coingecko } from '../../../src/providers/coingecko';
import { ProviderError, parseRetryAfter } from '../../../src/providers/errors';
import { kraken } from '../../../src/providers/kraken';
import { parseHeight } from '../../../src/providers/tipHeight';

function errorOf(fn: () => unknown): ProviderError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

describe('CoinGecko', () => {
  it('reads price, 24 h change and market cap', () => {
    const body =
      '{"bitcoin":{"usd":95762,"usd_market_cap":1.89e12,"usd_24h_change":-1.48,"last_updated_at":1733146977}}';
    expect(coingecko.parse(body)).toEqual({ usd: 95_762, change24hPct: -1.48, capUsd: 1.89e12, rates: {} });
  });
  it('reads the other currencies as rates per dollar, and drops only a bad one', () => {
    const body = '{"bitcoin":{"usd":100000,"eur":92000,"jpy":15500000,"gbp":"79000","chf":-1}}';
    expect(coingecko.parse(body).rates).toEqual({ EUR: 0.92, JPY: 155 });
  });
  it('ignores keys it does not know and tolerates a missing change', () => {
    expect(coingecko.parse('{"bitcoin":{"usd":95762,"new_key":1}}')).toEqual({
      usd: 95_762,
      change24hPct: null,
      capUsd: null,
      rates: {},
    });
  });
  it.each([
    ['', /empty answer/],
    ['{"bitcoin":{"usd":957', /not valid JSON/],
    ['{"ethereum":{"usd":3000}}', /unexpected answer at bitcoin/],
    ['{"bitcoin":{"usd":0}}', /unexpected answer at bitcoin.usd/],
    ['{"bitcoin":{"usd":-5}}', /unexpected answer at bitcoin.usd/],
    ['{"bitcoin":{"usd":"95762"}}', /unexpected answer at bitcoin.usd/],
  ])('rejects %j', (body, message) => {
    const error = errorOf(() => coingecko.parse(body));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(message);
  });
});

describe('Coinbase', () => {
  it('reads the spot price from its decimal string', () => {
    expect(coinbase.parse('{"data":{"amount":"104123.45","base":"BTC","currency":"USD"}}').usd).toBe(104_123.45);
  });
  it.each([
    '{"data":{"amount":"1e5","base":"BTC","currency":"USD"}}',
    '{"data":{"amount":"0","base":"BTC","currency":"USD"}}',
    '{"data":{"amount":"104123.45","base":"ETH","currency":"USD"}}',
    '{"data":{"amount":"104123.45","base":"BTC","currency":"EUR"}}',
    '{"errors":[{"id":"not_found"}]}',
  ])('rejects %s', (body) => {
    expect(errorOf(() => coinbase.parse(body)).kind).toBe('invalid');
  });
});

describe('Kraken', () => {
  const ticker = (last: string) => `{"error":[],"result":{"XXBTZUSD":{"c":["${last}","0.001"],"o":"60000.0"}}}`;
  it('reads the last trade from whatever the result key is called', () => {
    expect(kraken.parse(ticker('61234.5')).usd).toBe(61_234.5);
    expect(kraken.parse('{"error":[],"result":{"XBTUSD":{"c":["61000.1","1"]}}}').usd).toBe(61_000.1);
  });
  it('turns a Kraken error list into a provider error', () => {
    expect(errorOf(() => kraken.parse('{"error":["EQuery:Unknown asset pair"]}')).message).toMatch(
      /Unknown asset pair/,
    );
  });
  it('rejects a zero price', () => {
    expect(errorOf(() => kraken.parse(ticker('0.0'))).kind).toBe('invalid');
  });
});

describe('tip height', () => {
  it('reads a plain-text integer', () => {
    expect(parseHeight('925000\n')).toBe(925_000);
  });
  it.each(['', '-5', '92500.5', '<html>', '99999999'])('rejects %j', (body) => {
    expect(errorOf(() => parseHeight(body)).kind).toBe('invalid');
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
