// The pages' hand-written reader of the stored state and timeline gives what the schemas give: for
// valid records, for records with any one part replaced by anything, and for anything at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMilestoneLog } from '../../../src/core/milestones/schema';
import { emptyState, HISTORY_LIMIT, loadState } from '../../../src/state/state';
import { stateView, timelineView } from '../../../src/state/stateView';

const RUNS = { numRuns: 400 };

const time = fc.integer({ min: 0, max: 2 ** 45 });
const positive = fc.double({ min: 1e-6, max: 1e15, noNaN: true });
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const day = fc
  .date({ min: new Date(2009, 0, 3), max: new Date(2040, 0, 1), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const quote = fc.record({
  usd: positive,
  change24hPct: fc.option(finite, { nil: null }),
  height: fc.nat(),
  supplyBtc: positive,
  capUsd: positive,
  at: time,
  sources: fc.array(fc.constantFrom('coingecko', 'coinbase', 'kraken'), { minLength: 1, maxLength: 3 }),
  outliers: fc.array(fc.record({ source: fc.string(), usd: finite, deviationPct: finite }), { maxLength: 2 }),
});
const status = fc.record({
  state: fc.constantFrom('ok', 'outlier', 'failed', 'waiting', 'standby'),
  at: time,
  message: fc.option(fc.string(), { nil: null }),
  value: fc.option(finite, { nil: null }),
  failures: fc.nat(9),
  retryAt: fc.option(time, { nil: null }),
});
const state = fc.record({
  version: fc.constant(1),
  quote: fc.option(quote, { nil: null }),
  lastRound: fc.option(
    fc.record({ startedAt: time, finishedAt: time, ok: fc.boolean(), error: fc.option(fc.string(), { nil: null }) }),
    { nil: null },
  ),
  providers: fc.record(
    { coingecko: status, coinbase: status, kraken: status, mempool: status, blockstream: status },
    { requiredKeys: [] },
  ),
  supplyCheck: fc.option(
    fc.record({ source: fc.string(), supplyBtc: positive, deviationPct: finite, agrees: fc.boolean() }),
    { nil: null },
  ),
  fx: fc.option(
    fc.record({
      rates: fc.record({ EUR: positive, GBP: positive, JPY: positive }, { requiredKeys: [] }),
      source: fc.string(),
      at: time,
    }),
    { nil: null },
  ),
  history: fc.array(fc.tuple(time, positive, positive), { maxLength: 5 }),
});
const event = fc.oneof(
  fc.record({
    kind: fc.constant('crossing'),
    metric: fc.constantFrom('cap', 'price'),
    direction: fc.constantFrom('up', 'down'),
    line: positive,
    alsoCrossed: fc.array(positive, { maxLength: 2 }),
    first: fc.boolean(),
    firstReached: fc.option(
      fc.record(
        { day, precision: fc.constantFrom('day', 'approx', 'onOrBefore'), notBefore: day },
        { requiredKeys: ['day', 'precision'] },
      ),
      { nil: null },
    ),
    usd: positive,
    capUsd: positive,
    at: time,
  }),
  fc.record({
    kind: fc.constant('high'),
    metric: fc.constantFrom('cap', 'price'),
    value: positive,
    previous: fc.record({ value: positive, day }),
    usd: positive,
    capUsd: positive,
    at: time,
  }),
);

/** Every path to a value in a JSON-like record. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/** A copy of `value` with the part at `path` replaced (the whole value for the empty path). */
function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = by;
  return copy;
}

// Mostly the values a schema is most likely to be wrong about, sometimes anything.
const anything = fc.oneof(
  { arbitrary: fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, '', '1'), weight: 3 },
  { arbitrary: fc.constantFrom('2024-02-30', '2024-02-29', 'up', 'high', 'crossing', 'EUR', 'XXX', true), weight: 1 },
  { arbitrary: fc.constantFrom([], {}, [1, 2, 3], { value: 1, day: '2024-01-01' }), weight: 1 },
  { arbitrary: fc.anything(), weight: 1 },
);

describe('the pages read the stored state as loadState does', () => {
  it('for empty and non-object input', () => {
    for (const raw of [undefined, null, 'text', 42, [], {}, { version: 2 }]) {
      expect(stateView(raw)).toEqual(loadState(raw).state);
    }
    expect(stateView(undefined)).toEqual(emptyState());
  });

  it('for valid states', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(stateView(s)).toEqual(loadState(s).state);
      }),
      RUNS,
    );
  });

  it('for states with any one part replaced by anything', () => {
    fc.assert(
      fc.property(state, fc.nat(), anything, (s, pick, by) => {
        const all = paths(s);
        const raw = replaced(s, all[pick % all.length], by);
        expect(stateView(raw)).toEqual(loadState(raw).state);
      }),
      { numRuns: 3000 },
    );
  });

  it('for a history at and past its limit', () => {
    const sample = [1_795_600_000_000, 61_234.5, 1.22e12];
    for (const length of [HISTORY_LIMIT, HISTORY_LIMIT + 1]) {
      const raw = { ...emptyState(), history: Array.from({ length }, () => sample) };
      expect(stateView(raw)).toEqual(loadState(raw).state);
    }
  });

  it('for anything at all', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        expect(stateView(raw)).toEqual(loadState(raw).state);
      }),
      RUNS,
    );
  });
});

describe('the pages read the milestone timeline as loadMilestoneLog does', () => {
  it('for valid and damaged rows', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), fc.nat(), anything, (log, pick, by) => {
        const all = paths(log);
        const raw = replaced(log, all[pick % all.length], by);
        expect(timelineView({ log: raw }).log).toEqual(loadMilestoneLog(raw));
        expect(timelineView({ log }).log).toEqual(loadMilestoneLog(log));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps at most as many rows as the log holds', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 45, maxLength: 60 }), (log) => {
        expect(timelineView({ log }).log).toEqual(loadMilestoneLog(log));
      }),
      { numRuns: 20 },
    );
  });

  it('for anything at all', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        expect(timelineView({ log: raw }).log).toEqual(loadMilestoneLog(raw));
        expect(timelineView(raw).log).toEqual(Array.isArray((raw as { log?: unknown })?.log) ? expect.any(Array) : []);
      }),
      RUNS,
    );
  });
});
