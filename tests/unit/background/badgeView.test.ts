import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeView } from '../../../src/background/badgeView';
import { emptyState, type State } from '../../../src/state/state';

const at = Date.UTC(2026, 10, 25, 16, 23, 5);
function stateWith(change: number | null, roundOk = true, roundAt = at): State {
  return {
    ...emptyState(),
    quote: {
      usd: 61_234.5,
      change24hPct: change,
      height: 925_000,
      supplyBtc: 19_953_128.125,
      capUsd: 61_234.5 * 19_953_128.125,
      at,
      sources: ['coingecko', 'coinbase', 'kraken'],
      outliers: [],
    },
    lastRound: {
      startedAt: roundAt - 500,
      finishedAt: roundAt,
      ok: roundOk,
      error: roundOk ? null : 'no-price',
    },
  };
}

describe('badge', () => {
  it('shows the price, green when up, with every figure in the title', () => {
    const view = badgeView(stateWith(2.1), at + 12_000);
    expect(view.text).toBe('61.2k');
    expect(view.color).toBe(BADGE_COLORS.up);
    expect(view.title).toBe('BTC $61,235 · cap $1.22T · supply 19,953,128 · +2.1% 24h · updated 16:23:05');
  });

  it('is red when down and neutral when the change is unknown', () => {
    expect(badgeView(stateWith(-0.7), at).color).toBe(BADGE_COLORS.down);
    const unknown = badgeView(stateWith(null), at);
    expect(unknown.color).toBe(BADGE_COLORS.flat);
    expect(unknown.title).toContain('24h change unknown');
  });

  it('keeps the last good price in grey when every provider fails, saying since when', () => {
    const view = badgeView(stateWith(2.1, false, at + 180_000), at + 180_000);
    expect(view.text).toBe('61.2k');
    expect(view.color).toBe(BADGE_COLORS.stale);
    expect(view.title).toBe(
      'CapLens — STALE since 16:23:05 (3 min ago): no price source answered\nLast good: BTC $61,235 · cap $1.22T · supply 19,953,128 · +2.1% 24h',
    );
  });

  it('turns grey when no round has refreshed the quote for a while', () => {
    expect(badgeView(stateWith(2.1), at + 6 * 60_000).color).toBe(BADGE_COLORS.stale);
  });

  it('shows no number at all before the first quote', () => {
    const view = badgeView(
      { ...emptyState(), lastRound: { startedAt: 0, finishedAt: 1, ok: false, error: 'no-price' } },
      at,
    );
    expect(view.text).toBe('');
    expect(view.title).toBe('CapLens — no price yet: no price source answered');
  });

  it('never shows NaN, undefined or a zero', () => {
    for (const state of [stateWith(null), stateWith(0), stateWith(5, false)]) {
      const { text, title } = badgeView(state, at + 1000);
      expect(`${text} ${title}`).not.toMatch(/NaN|undefined|\$0\b|null/);
    }
  });
});
