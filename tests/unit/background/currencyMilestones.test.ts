// The background's side of milestones in another currency: the round reads the reading in the
// currency shown, keeps a memory per currency, and asks CoinGecko for that currency's high.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../../scripts/replay/server';
import { needsCurrencyHigh, readCurrencyHigh, withCurrencyHigh } from '../../../src/background/currencyHigh';
import { milestoneStep, notificationId } from '../../../src/background/milestoneStep';
import { makeQuote } from '../../../src/core/quote';
import { coingeckoHigh } from '../../../src/providers/coingeckoHigh';
import { emptyMilestones, loadMilestones, type StoredMilestones } from '../../../src/state/milestones';
import { defaultSettings, type Settings } from '../../../src/state/settings';
import { emptyState, type State } from '../../../src/state/state';

const START = Date.parse('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;
const HEIGHT = 925_000;
const EURO_HIGH = { high: { value: 115_993.6, day: '2025-10-06' }, at: START };

function stateAt(
  usd: number,
  at: number,
  rates: State['fx'] = { rates: { EUR: 0.92 }, source: 'coingecko', at },
): State {
  const quote = makeQuote({ usd, change24hPct: 1, height: HEIGHT, at, sources: ['coingecko'], outliers: [] });
  const providers = { coingecko: { state: 'ok' as const, at, message: null, value: usd, failures: 0, retryAt: null } };
  return {
    ...emptyState(),
    quote,
    fx: rates,
    providers,
    lastRound: { startedAt: at, finishedAt: at, ok: true, error: null },
  };
}

const euroSettings: Settings = { ...defaultSettings(), currency: 'EUR' };

/** Rounds at the given times, each stored (JSON) and loaded again as the background does. */
function runAt(
  stored: StoredMilestones,
  readings: Array<[at: number, usd: number]>,
  settings = euroSettings,
  fx?: State['fx'],
) {
  let out = stored;
  for (const [at, usd] of readings) {
    out = loadMilestones(JSON.parse(JSON.stringify(milestoneStep(out, stateAt(usd, at, fx), settings))));
  }
  return out;
}

/** Rounds an hour apart. */
const run = (stored: StoredMilestones, prices: number[], settings = euroSettings, fx?: State['fx']) =>
  runAt(
    stored,
    prices.map((usd, i) => [START + i * HOUR, usd]),
    settings,
    fx,
  );

describe('a round with milestones in euros', () => {
  it('notifies a first in euros once the euro high is known', () => {
    // $120,000 is €110,400; $136,500 is €125,580: past €125,000, above the euro high of €115,994.
    const out = run({ ...emptyMilestones(), highs: { EUR: EURO_HIGH } }, [120_000, 136_500]);
    const price = out.outbox.filter((e) => e.metric === 'price' && e.kind === 'crossing');
    expect(price).toMatchObject([{ line: 125_000, first: true, currency: 'EUR' }]);
    expect(notificationId(price[0])).toMatch(/^caplens:EUR:price:up:125000:/);
    // The dollar memory is untouched; the euro one holds the new readings.
    expect(out.memories.USD).toBeUndefined();
    expect(out.memories.EUR?.price?.last).toBeCloseTo(125_580, 6);
  });

  it('claims no first before the euro high is read', () => {
    const out = run(emptyMilestones(), [120_000, 136_500]);
    expect(out.outbox.filter((e) => e.metric === 'price')).toMatchObject([
      { line: 125_000, first: false, firstReached: null },
    ]);
  });

  it('falls back to dollar milestones while the euro has no fresh rate, as the figures do', () => {
    const out = run(emptyMilestones(), [99_000, 101_000], euroSettings, null);
    expect(out.outbox.filter((e) => e.metric === 'price')).toMatchObject([
      { line: 100_000, currency: 'USD', firstReached: { day: '2024-12-05' } },
    ]);
    expect(out.memories.EUR).toBeUndefined();
  });

  it('keeps each currency its own memory, so switching back finds the dollar lines as they were', () => {
    const dollars = run(emptyMilestones(), [99_000], defaultSettings());
    const euros = run(dollars, [99_000]);
    expect(euros.memories.USD).toEqual(dollars.memories.USD);
    expect(euros.memories.EUR?.price?.last).toBeCloseTo(91_080, 6);
  });

  it('uses the yen lines in yen', () => {
    const yen = { ...defaultSettings(), currency: 'JPY' as const };
    const fx = { rates: { JPY: 155 }, source: 'coingecko', at: START };
    // ¥14.88 million to ¥15.19 million: past the ¥15 million line (the dollar ladder would see nothing there).
    const out = run(emptyMilestones(), [96_000, 98_000], yen, fx);
    expect(out.outbox.filter((e) => e.metric === 'price')).toMatchObject([{ line: 15e6, currency: 'JPY' }]);
  });
});

describe('a round with milestones in dollars', () => {
  it('a high set after the build, read from CoinGecko, keeps a later crossing below it from being a first', () => {
    const unseen = { high: { value: 152_000, day: '2026-09-14' }, at: START };
    const out = run({ ...emptyMilestones(), highs: { USD: unseen } }, [148_000, 151_000], defaultSettings());
    const [event] = out.outbox.filter((e) => e.metric === 'price' && e.kind === 'crossing');
    expect(event).toMatchObject({ line: 150_000, first: false, currency: 'USD' });
    expect(event.kind === 'crossing' && event.firstReached).toEqual({
      day: '2026-09-14',
      precision: 'onOrBefore',
      notBefore: '2024-12-05',
    });
    // Without it, the shipped table alone (high $126,080) would have called it a first.
    const shippedOnly = run(emptyMilestones(), [148_000, 151_000], defaultSettings());
    expect(shippedOnly.outbox.filter((e) => e.metric === 'price')).toMatchObject([{ line: 150_000, first: true }]);
  });
});

describe('new all-time highs', () => {
  it('are notified at most once a day, and then only 5 % higher', () => {
    // Above the shipped dollar high ($126,080): $127,000 an hour in is notified; $128,000 five hours
    // after it is not, nor $129,000 seven hours after it; $134,000 two days later is.
    const out = runAt(
      emptyMilestones(),
      [
        [START, 126_000],
        [START + HOUR, 127_000],
        [START + 6 * HOUR, 128_000],
        [START + 8 * HOUR, 129_000],
        [START + 50 * HOUR, 134_000],
      ],
      defaultSettings(),
    );
    const highs = out.outbox.filter((e) => e.kind === 'high');
    expect(highs.map((e) => [e.metric, e.value, (e.at - START) / HOUR])).toEqual([
      ['price', 127_000, 1],
      ['price', 134_000, 50],
    ]);
    // Every high is still recorded.
    expect(out.memories.USD?.price?.high.value).toBe(134_000);
  });
});

describe('stored milestones', () => {
  it('carries the single dollar memory of earlier versions over as the dollar memory', () => {
    const before = run(emptyMilestones(), [99_000, 101_000], defaultSettings());
    const { memories, ...rest } = JSON.parse(JSON.stringify(before));
    const old = { ...rest, memory: memories.USD };
    delete old.highs;
    expect(loadMilestones(old)).toEqual({ ...before, highs: {} });
  });

  it('drops a damaged high and keeps the good ones', () => {
    const loaded = loadMilestones({
      memories: { EUR: null, XYZ: {} },
      highs: { EUR: EURO_HIGH, GBP: { high: { value: -1, day: '2025-10-06' }, at: 1 }, USD: EURO_HIGH, JPY: 'x' },
    });
    expect(loaded.highs).toEqual({ EUR: EURO_HIGH, USD: EURO_HIGH });
    expect(Object.keys(loaded.memories)).toEqual(['EUR']);
  });
});

describe("asking CoinGecko for a currency's high", () => {
  const state = stateAt(100_000, START);

  it('asks once a day, again after a gap in the readings, and only when CoinGecko answered this round', () => {
    expect(needsCurrencyHigh(emptyMilestones(), 'EUR', state, START)).toBe(true);
    expect(needsCurrencyHigh(emptyMilestones(), 'USD', state, START)).toBe(true);
    // Read at START; readings every hour since: not again until a day has passed.
    const known = run({ ...emptyMilestones(), highs: { EUR: EURO_HIGH } }, [100_000, 100_100, 100_200]);
    const lastReading = START + 2 * HOUR;
    expect(needsCurrencyHigh(known, 'EUR', state, lastReading + HOUR)).toBe(false);
    expect(needsCurrencyHigh(known, 'EUR', state, START + 25 * HOUR)).toBe(true);
    // The browser was closed for three hours: a high may have been set unseen, so it is read again.
    expect(needsCurrencyHigh(known, 'EUR', state, lastReading + 3 * HOUR)).toBe(true);
    const asked = { at: START, message: 'rate limited (HTTP 429)', value: null, failures: 1, retryAt: START + HOUR };
    const limited = { ...state, providers: { coingecko: { ...asked, state: 'waiting' as const } } };
    expect(needsCurrencyHigh(emptyMilestones(), 'EUR', limited, START)).toBe(false);
  });

  it('reads the high and its day from coins/markets', () => {
    expect(coingeckoHigh.path('EUR')).toBe('/api/v3/coins/markets?vs_currency=eur&ids=bitcoin');
    const body = JSON.stringify([
      { id: 'bitcoin', current_price: 80_000, ath: 115_993.6, ath_date: '2025-10-06T18:57:42.558Z', extra: 1 },
    ]);
    expect(coingeckoHigh.parse(body)).toEqual({ value: 115_993.6, day: '2025-10-06' });
  });

  it.each([
    ['no coin', '[]'],
    ['another coin', '[{"id":"ethereum","ath":4000,"ath_date":"2025-08-24T00:00:00Z"}]'],
    ['a zero high', '[{"id":"bitcoin","ath":0,"ath_date":"2025-10-06T00:00:00Z"}]'],
    ['a bad date', '[{"id":"bitcoin","ath":1,"ath_date":"2025-13-06T00:00:00Z"}]'],
    ['not JSON', '<html>'],
  ])('rejects %s with a clear error', (_, body) => {
    expect(() => coingeckoHigh.parse(body)).toThrow();
  });
});

describe("reading a currency's high from the replay server", () => {
  let replay: ReplayServer;
  beforeAll(async () => {
    replay = await startReplayServer();
  });
  afterAll(() => replay.close());

  it('stores the high CoinGecko gives in that currency, with when it was read', async () => {
    replay.setScenario({ btcUsd: 100_000, height: HEIGHT, change24hPct: 1 });
    const out = await readCurrencyHigh(emptyMilestones(), 'GBP', replay.origin, START);
    // The replay server's CoinGecko: the dollar high of $126,080 at 0.79 pounds to the dollar.
    expect(out.highs.GBP).toEqual({ high: { value: 126_080 * 0.79, day: '2025-10-06' }, at: START });
  });

  it("reads the high of the currency the round's milestones will use, and only after a good round", async () => {
    replay.setScenario({ btcUsd: 100_000, height: HEIGHT, change24hPct: 1 });
    replay.clearLog();
    const asked = () => replay.log().map((r) => r.path);
    // The euro has no fresh rate: the milestones are in dollars, so the dollar high is read.
    const noRate = await withCurrencyHigh(
      emptyMilestones(),
      stateAt(100_000, START, null),
      euroSettings,
      replay.origin,
    );
    expect(Object.keys(noRate.highs)).toEqual(['USD']);
    expect(asked()).toEqual(['/api/v3/coins/markets?vs_currency=usd&ids=bitcoin']);
    const failed = {
      ...stateAt(100_000, START),
      lastRound: { startedAt: START, finishedAt: START, ok: false, error: 'no-price' as const },
    };
    expect(await withCurrencyHigh(emptyMilestones(), failed, euroSettings, replay.origin)).toEqual(emptyMilestones());
    expect(asked()).toHaveLength(1);
  });

  it('keeps what it had when CoinGecko fails, so a round goes on without it', async () => {
    replay.setScenario({ btcUsd: 100_000, height: HEIGHT, change24hPct: 1, providers: { coingecko: { status: 503 } } });
    const before = { ...emptyMilestones(), highs: { EUR: EURO_HIGH } };
    expect(await readCurrencyHigh(before, 'EUR', replay.origin, START + 30 * HOUR)).toBe(before);
    replay.setScenario({ btcUsd: 100_000, height: HEIGHT, change24hPct: 1, providers: { coingecko: { body: '[]' } } });
    expect(await readCurrencyHigh(before, 'EUR', replay.origin, START + 30 * HOUR)).toBe(before);
  });
});
