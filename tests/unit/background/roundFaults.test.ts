// The fault matrix's answers at the level of one round: heights that cannot be, prices that jump
// too far for a market to move, and the words a bad answer is reported in.
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/state/state';
import { useReplayRounds } from '../support/replayRounds';

const rounds = useReplayRounds();
const { round } = rounds;

const base = { btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 };
const HOUR = 3_600_000;

describe('chain heights that cannot be', () => {
  it('refuses a truncated height even on a fresh install, with nothing to compare it to', async () => {
    const state = await round(emptyState(), { ...base, providers: { mempool: { body: '92500' } } });
    expect(state.providers.mempool).toMatchObject({ state: 'failed', message: 'block height out of range (92500)' });
    expect(state.quote?.height).toBe(925_000);
  });

  it('refuses a height ten times the last one seen, from both sources, and keeps the last good one', async () => {
    const good = await round(emptyState(), base);
    const state = await round(good, { ...base, height: 9_250_000 });
    expect(state.providers.mempool?.message).toBe('block height jumped ahead (9250000 after 925000)');
    expect(state.providers.blockstream?.message).toBe('block height jumped ahead (9250000 after 925000)');
    expect(state.quote?.height).toBe(925_000);
    expect(state.lastRound?.ok).toBe(true);
  });

  it('accepts as many new blocks as the time since allows', async () => {
    const good = await round(emptyState(), base);
    rounds.clock += 24 * HOUR;
    // A day: 144 blocks expected, up to 1,440 plus slack allowed.
    const state = await round(good, { ...base, height: 926_000 });
    expect(state.providers.mempool?.state).toBe('ok');
    expect(state.quote?.height).toBe(926_000);
  });

  it('with no source answering last round, judges a new height by its range only', async () => {
    const good = await round(emptyState(), base);
    const down = await round(good, { ...base, providers: { mempool: { status: 500 }, blockstream: { status: 500 } } });
    rounds.clock += 60_000;
    const state = await round(down, { ...base, height: 925_500 });
    expect(state.quote?.height).toBe(925_500);
  });
});

describe('prices every source agrees on, but no market could reach', () => {
  it('holds back three sources agreeing on ten times the last good price, and names them', async () => {
    const good = await round(emptyState(), base);
    const state = await round(good, { ...base, btcUsd: 612_345 });
    expect(state.quote).toEqual(good.quote);
    expect(state.lastRound).toMatchObject({ ok: false, error: 'jump' });
    for (const id of ['coingecko', 'coinbase', 'kraken'] as const) {
      expect(state.providers[id]).toMatchObject({ state: 'outlier', message: '+900.0% from the last good price' });
    }
  });

  it('holds back a tenth of it too', async () => {
    const good = await round(emptyState(), base);
    const state = await round(good, { ...base, btcUsd: 6_123.45 });
    expect(state.quote?.usd).toBe(61_234.5);
    expect(state.providers.kraken?.message).toBe('-90.0% from the last good price');
  });

  it('follows a large real move', async () => {
    const good = await round(emptyState(), base);
    const state = await round(good, { ...base, btcUsd: 61_234.5 * 1.5 });
    expect(state.quote?.usd).toBeCloseTo(91_851.75, 2);
  });

  it('accepts the new level once the last good price is a day old', async () => {
    const good = await round(emptyState(), base);
    rounds.clock += 25 * HOUR;
    const state = await round(good, { ...base, btcUsd: 612_345 });
    expect(state.quote?.usd).toBe(612_345);
    expect(state.lastRound?.ok).toBe(true);
  });

  it('takes any price on a fresh install: there is nothing to compare it to', async () => {
    const state = await round(emptyState(), { ...base, btcUsd: 612_345 });
    expect(state.quote?.usd).toBe(612_345);
  });
});
