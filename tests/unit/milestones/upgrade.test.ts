// Memories stored by the build before the Schmitt-trigger hysteresis (version 1) carry over: the first rounds
// after the upgrade announce nothing the old build would not have, and the rule holds from then on.
import { describe, expect, it } from 'vitest';
import { milestoneStep } from '../../../src/background/milestoneStep';
import { makeQuote } from '../../../src/core/quote';
import { issuedBtcThrough } from '../../../src/core/supply';
import { loadMilestones, type StoredMilestones } from '../../../src/state/milestones';
import { defaultSettings, type Settings } from '../../../src/state/settings';
import { emptyState, type State } from '../../../src/state/state';

const HEIGHT = 925_000;
const SUPPLY = issuedBtcThrough(HEIGHT);
const START = Date.parse('2026-06-01T12:00:00Z');
const MINUTE = 60_000;
const T = 1e12;
const withFalls: Settings = {
  ...defaultSettings(),
  notify: { capMilestones: true, priceMilestones: true, highs: true, downward: true },
};

function stateAt(cap: number, at: number): State {
  const usd = cap / SUPPLY;
  const quote = makeQuote({ usd, change24hPct: 1, height: HEIGHT, at, sources: ['coingecko'], outliers: [] });
  return { ...emptyState(), quote, lastRound: { startedAt: at, finishedAt: at, ok: true, error: null } };
}

/** Rounds a minute apart, each stored (JSON) and loaded again as the background does; the notifications made. */
function notified(raw: unknown, caps: number[], settings = withFalls) {
  let stored: StoredMilestones = loadMilestones(raw);
  const titles: string[] = [];
  for (const [i, cap] of caps.entries()) {
    const out = milestoneStep(stored, stateAt(cap, START + (i + 1) * MINUTE), settings);
    titles.push(...out.outbox.map((e) => (e.kind === 'high' ? `high ${e.metric}` : `${e.direction} ${e.line}`)));
    stored = loadMilestones(JSON.parse(JSON.stringify({ ...out, outbox: [] })));
  }
  return { titles, stored };
}

/** A memory as version 1 stored it: lines held with the side they were last announced on. */
function version1(cap: number, held: Array<{ line: number; side: 'above' | 'below' }>) {
  const metric = (last: number, heldLines: typeof held, high: number) => ({
    last,
    held: heldLines,
    at: START,
    high: { value: high, day: '2025-10-06' },
    highAnnouncedAt: START - 3_600_000,
  });
  return {
    memories: {
      USD: {
        version: 1,
        price: metric(cap / SUPPLY, [], 126_080),
        cap: metric(cap, held, 2.51 * T),
        seen: [],
      },
    },
    highs: {},
    log: [],
    outbox: [],
  };
}

describe('a version 1 memory after the upgrade', () => {
  it('left just under a line it had announced as fallen: the wobble over it is not news', () => {
    // The old build's state after the dip: $1.2475T, $1.25T held as fallen.
    const raw = version1(1.2475 * T, [{ line: 1.25 * T, side: 'below' }]);
    expect(notified(raw, [1.26 * T, 1.2475 * T, 1.26 * T, 1.249 * T, 1.258 * T]).titles).toEqual([]);
    // A real fall and a rise after it are news again.
    expect(notified(raw, [1.24 * T, 1.26 * T]).titles).toEqual([`down ${1.25 * T}`, `up ${1.25 * T}`]);
  });

  it('left just over a line held as risen, or just under one held as risen: nothing on the next rounds', () => {
    for (const [cap, side] of [
      [1.252, 'above'],
      [1.2485, 'above'],
      [1.252, 'below'],
    ] as const) {
      const raw = version1(cap * T, [{ line: 1.25 * T, side }]);
      expect(notified(raw, [1.255 * T, 1.2475 * T, 1.256 * T]).titles).toEqual([]);
    }
  });

  it('with no line held, nothing happens that the readings do not cause', () => {
    const raw = version1(1.3 * T, []);
    expect(notified(raw, [1.3 * T, 1.31 * T, 1.29 * T]).titles).toEqual([]);
    // $1.49T is $74,700 a bitcoin: past the $70,000 line.
    expect(notified(raw, [1.49 * T, 1.51 * T]).titles).toEqual(['up 70000', `up ${1.5 * T}`]);
  });

  it('is stored as version 2 with the held lines and the last high announced', () => {
    const { stored } = notified(version1(1.2475 * T, [{ line: 1.25 * T, side: 'below' }]), [1.248 * T]);
    expect(stored.memories.USD).toMatchObject({
      version: 2,
      cap: { last: 1.248 * T, held: [1.25 * T], highAnnounced: { value: 2.51 * T, at: START - 3_600_000 } },
    });
  });
});
