import { describe, expect, it } from 'vitest';
import { emptyState, HISTORY_LIMIT, loadState } from '../../../src/state/state';

const quote = {
  usd: 61_234.5,
  change24hPct: 2.1,
  height: 925_000,
  supplyBtc: 19_953_128.125,
  capUsd: 1.2218e12,
  at: 1_795_600_000_000,
  sources: ['coingecko', 'kraken'],
  outliers: [],
};

describe('loading the stored state', () => {
  it('starts empty on a fresh install', () => {
    expect(loadState(undefined)).toEqual({ state: emptyState(), repaired: null });
  });

  it('keeps a valid state as it is', () => {
    const state = { ...emptyState(), quote, history: [[quote.at, quote.usd, quote.capUsd]] };
    expect(loadState(JSON.parse(JSON.stringify(state)))).toEqual({ state, repaired: null });
  });

  it.each([['a string'], [42], [[]], [{ version: 99 }], [{ version: 1, quote: 'NaN' }]])(
    'resets %j and says why',
    (raw) => {
      const { state, repaired } = loadState(raw);
      expect(state).toEqual(emptyState());
      expect(repaired).toMatch(/^stored state reset: /);
    },
  );

  it('rescues the last good quote when only another part is damaged', () => {
    const { state, repaired } = loadState({ ...emptyState(), quote, history: 'garbage' });
    expect(state.quote).toEqual(quote);
    expect(state.history).toEqual([]);
    expect(repaired).toMatch(/history/);
  });

  it('never lets a NaN or zero price through', () => {
    expect(loadState({ ...emptyState(), quote: { ...quote, usd: 0 } }).state.quote).toBeNull();
    expect(loadState({ ...emptyState(), quote: { ...quote, capUsd: null } }).state.quote).toBeNull();
  });

  it('refuses a history longer than its bound', () => {
    const history = Array.from({ length: HISTORY_LIMIT + 1 }, (_, i) => [i, 1, 1]);
    expect(loadState({ ...emptyState(), history }).repaired).toMatch(/history/);
  });
});
