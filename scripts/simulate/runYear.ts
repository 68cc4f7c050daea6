// The simulated year through the background's milestone step, as the service worker runs it: each reading is
// a successful round, its result is what the next round starts from, and the outbox is what the user is shown.
// (Storage's JSON round trip is left out for speed; the unit tests of the memory check that it changes nothing.) Every notification kind is switched on (falls too), the noisiest settings a user can choose;
// halfway through the year the user switches the figures to euros.
import { milestoneStep } from '../../src/background/milestoneStep';
import type { Currency } from '../../src/core/currency';
import type { MilestoneEvent } from '../../src/core/milestones';
import { marketCap } from '../../src/core/quote';
import { issuedBtcThrough } from '../../src/core/supply';
import { emptyMilestones, type StoredMilestones } from '../../src/state/milestones';
import { defaultSettings, type Settings } from '../../src/state/settings';
import { emptyState, type State } from '../../src/state/state';
import { pricePath, YEAR_START } from './pricePath';
import { seeded } from './prng';

export const SEED = 20_241_105;
export const EUR_RATE = 0.92;
/** The day the user switches to euros: 2 July, halfway through the year. */
export const SWITCH_AT = YEAR_START + 182 * 24 * 3_600_000;
const START_HEIGHT = 960_000;
const BLOCK_MS = 600_000;
/** CoinGecko's euro high as the replay server gives it; the background reads it once the user switches. */
const EURO_HIGH = { high: { value: 115_993.6, day: '2025-10-06' }, at: SWITCH_AT };

export interface SeenReading {
  at: number;
  currency: Currency;
  price: number;
  cap: number;
}

export interface SimulatedYear {
  readings: SeenReading[];
  /** Every event the core decided, in order (the timeline's rows). */
  events: MilestoneEvent[];
  /** What the user was shown, in order. */
  notifications: MilestoneEvent[];
}

const everything: Settings['notify'] = { capMilestones: true, priceMilestones: true, highs: true, downward: true };
const inDollars: Settings = { ...defaultSettings(), currency: 'USD', notify: everything };
const inEuros: Settings = { ...inDollars, currency: 'EUR' };

const supplies = new Map<number, number>();
const supplyAt = (height: number): number => {
  const known = supplies.get(height);
  if (known !== undefined) return known;
  const supply = issuedBtcThrough(height);
  supplies.set(height, supply);
  return supply;
};

/** A successful round's state, built as makeQuote builds it (the supply computed once a block). */
function roundState(usd: number, at: number): State {
  const height = START_HEIGHT + Math.floor((at - YEAR_START) / BLOCK_MS);
  const supplyBtc = supplyAt(height);
  const sources = ['simulated'];
  const quote = {
    usd,
    change24hPct: null,
    height,
    at,
    sources,
    outliers: [],
    supplyBtc,
    capUsd: marketCap(usd, supplyBtc),
  };
  return {
    ...emptyState(),
    quote,
    fx: { rates: { EUR: EUR_RATE }, source: 'coingecko', at },
    lastRound: { startedAt: at, finishedAt: at, ok: true, error: null },
  };
}

export function simulateYear(seed = SEED): SimulatedYear {
  const path = pricePath(seeded(seed));
  const readings: SeenReading[] = [];
  const events: MilestoneEvent[] = [];
  const notifications: MilestoneEvent[] = [];
  let stored: StoredMilestones = emptyMilestones();
  for (const { at, usd } of path) {
    const currency: Currency = at < SWITCH_AT ? 'USD' : 'EUR';
    if (currency === 'EUR' && !stored.highs.EUR) stored = { ...stored, highs: { EUR: EURO_HIGH } };
    const settings = currency === 'USD' ? inDollars : inEuros;
    const state = roundState(usd, at);
    const out = milestoneStep(stored, state, settings);
    const rate = currency === 'EUR' ? EUR_RATE : 1;
    readings.push({ at, currency, price: usd * rate, cap: (state.quote?.capUsd ?? 0) * rate });
    // The round's events lead the log, newest first; one round's events share its time and keep their order.
    for (const event of out.log) {
      if (event.at !== at) break;
      events.push(event);
    }
    notifications.push(...out.outbox);
    // The round is stored; the outbox is shown and emptied.
    stored = { ...out, outbox: [] };
  }
  return { readings, events, notifications };
}
