// A whole polling round, minus the browser: the real provider modules ask the replay server,
// and the answers are folded into the state exactly as the service worker does.
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/state/state';
import { useReplayRounds } from '../support/replayRounds';

const rounds = useReplayRounds();
const { round } = rounds;

const base = { btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 };

describe('a polling round against the replay server', () => {
  it('computes price, supply and cap from three sources and a height', async () => {
    const state = await round(emptyState(), base);
    expect(state.quote).toMatchObject({
      usd: 61_234.5,
      height: 925_000,
      supplyBtc: 19_953_128.125,
      change24hPct: 2.1,
      sources: ['coingecko', 'coinbase', 'kraken'],
      outliers: [],
    });
    expect(state.quote?.capUsd).toBeCloseTo(61_234.5 * 19_953_128.125, 0);
    expect(state.providers.mempool?.state).toBe('ok');
    expect(state.providers.blockstream?.state).toBe('standby');
    expect(state.supplyCheck?.agrees).toBe(true);
    expect(state.lastRound).toMatchObject({ ok: true, error: null });
    expect(state.history).toHaveLength(1);
    // The fallback height source is not asked when the first answers.
    expect(
      rounds.replay
        .log()
        .map((r) => r.provider)
        .sort(),
    ).toEqual(['coinbase', 'coingecko', 'kraken', 'mempool']);
  });

  it('leaves out a provider 10x off and reports it', async () => {
    const state = await round(emptyState(), { ...base, providers: { coinbase: { btcUsd: 612_345 } } });
    expect(state.quote?.usd).toBe(61_234.5);
    expect(state.quote?.sources).toEqual(['coingecko', 'kraken']);
    expect(state.providers.coinbase).toMatchObject({ state: 'outlier', value: 612_345 });
    expect(state.providers.coinbase?.message).toMatch(/\+900\.0% from the others/);
  });

  it('goes on with the others when one provider is down, and backs off from it', async () => {
    const first = await round(emptyState(), { ...base, providers: { kraken: { status: 500 } } });
    expect(first.quote?.sources).toEqual(['coingecko', 'coinbase']);
    expect(first.providers.kraken).toMatchObject({ state: 'failed', message: 'HTTP 500', failures: 1 });
    expect(first.providers.kraken?.retryAt).toBe(rounds.clock + 30_000);

    // Within the backoff the failing provider is not asked at all.
    rounds.clock += 10_000;
    rounds.replay.clearLog();
    const second = await round(first, { ...base, providers: { kraken: { status: 500 } } });
    expect(second.providers.kraken?.state).toBe('waiting');
    expect(rounds.replay.log().some((r) => r.provider === 'kraken')).toBe(false);
  });

  it('honours Retry-After on 429', async () => {
    const state = await round(emptyState(), { ...base, providers: { coingecko: { status: 429, retryAfter: 600 } } });
    expect(state.providers.coingecko).toMatchObject({ state: 'failed', message: 'rate limited (HTTP 429)' });
    expect(state.providers.coingecko?.retryAt).toBe(rounds.clock + 600_000);
    // Without CoinGecko there is no 24 h change from a source, and no history a day old: unknown, not 0.
    expect(state.quote?.change24hPct).toBeNull();
  });

  it('falls back to the second height source', async () => {
    const state = await round(emptyState(), { ...base, providers: { mempool: { body: 'garbage' } } });
    expect(state.quote?.height).toBe(925_000);
    expect(state.providers.mempool).toMatchObject({ state: 'failed', message: 'answer is not a block height' });
    expect(state.providers.blockstream?.state).toBe('ok');
  });

  it('keeps the last good quote when every provider fails, and says why', async () => {
    const good = await round(emptyState(), base);
    const down = { status: 503 };
    const state = await round(good, {
      ...base,
      providers: { coingecko: down, coinbase: down, kraken: down, mempool: down, blockstream: down },
    });
    expect(state.quote).toEqual(good.quote);
    expect(state.lastRound).toMatchObject({ ok: false, error: 'no-price' });
  });

  it('treats a stall as a timeout', async () => {
    const state = await round(emptyState(), { ...base, providers: { kraken: { delayMs: 1500 } } }, 300);
    expect(state.providers.kraken).toMatchObject({ state: 'failed', message: 'no answer within 0.3 s' });
    expect(state.quote?.sources).toEqual(['coingecko', 'coinbase']);
  });

  it('rejects truncated JSON, wrong shapes and a zero price as errors of that provider', async () => {
    const state = await round(emptyState(), {
      ...base,
      providers: {
        coingecko: { body: '{"bitcoin":{"usd":612' },
        coinbase: { body: '{"data":[]}' },
        kraken: { btcUsd: 0 },
      },
    });
    expect(state.quote).toBeNull();
    expect(state.providers.coingecko?.message).toBe('answer is not valid JSON');
    expect(state.providers.coinbase?.message).toMatch(/unexpected answer/);
    expect(state.providers.kraken?.message).toMatch(/unexpected answer/);
    expect(state.lastRound?.error).toBe('no-price');
  });

  it('refuses a chain height that goes backwards', async () => {
    const good = await round(emptyState(), base);
    const state = await round(good, { ...base, height: 900_000 });
    expect(state.providers.mempool?.message).toMatch(/went backwards/);
    expect(state.providers.blockstream?.message).toMatch(/went backwards/);
    // The price is fresh; the supply stays at the last good height.
    expect(state.quote?.height).toBe(925_000);
    expect(state.lastRound?.ok).toBe(true);
  });

  it('moves the price between two rounds', async () => {
    const first = await round(emptyState(), base);
    const second = await round(first, { ...base, btcUsd: 63_000, change24hPct: -1.5 });
    expect(second.quote?.usd).toBe(63_000);
    expect(second.quote?.change24hPct).toBe(-1.5);
    expect(second.quote?.capUsd).toBeCloseTo(63_000 * 19_953_128.125, 0);
  });
});
