// The stored state as extension pages read it: the same rules as the schema in state.ts, written
// out by hand, because the validation library alone would be a fifth of the popup's size budget.
// The background keeps the schema (it repairs what is stored); pages only read, and a unit test
// holds this reader to loadState's answers for valid, damaged and random input.
import { CURRENCIES, isCurrency } from '../core/currency';
import { isDay } from '../core/milestones/day';
import { fromDollarEvent } from '../core/milestones/legacy';
import type { FirstReached, MilestoneEvent } from '../core/milestones/types';
import { PROVIDER_IDS } from './providerIds';
import type { State } from './state';

/**
 * state.ts's STATE_VERSION and HISTORY_LIMIT, and the milestone log's LOG_LIMIT, repeated so that reading
 * never loads the schemas (a test keeps them equal).
 */
const VERSION = 1;
const HISTORY_MAX = 7 * 24 * 12;

type Value = Record<string, unknown>;
// As the schema library sees them: any non-null object is an object (arrays too), a number is not NaN.
const isObject = (x: unknown): x is Value => typeof x === 'object' && x !== null;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const positive = (x: unknown): x is number => finite(x) && x > 0;
const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const text = (x: unknown): x is string => typeof x === 'string';
const orNull =
  <T>(check: (x: unknown) => x is T) =>
  (x: unknown): x is T | null =>
    x === null || check(x);
const finiteOrNull = orNull(finite);
const countOrNull = orNull(count);
const textOrNull = orNull(text);

function quoteOf(q: unknown): State['quote'] | undefined {
  if (!isObject(q)) return undefined;
  const { usd, change24hPct, height, supplyBtc, capUsd, at, sources, outliers } = q;
  if (!positive(usd) || !finiteOrNull(change24hPct) || !count(height) || !positive(supplyBtc)) return undefined;
  if (!positive(capUsd) || !count(at) || !Array.isArray(sources) || sources.length < 1 || !sources.every(text)) {
    return undefined;
  }
  if (!Array.isArray(outliers)) return undefined;
  const kept: Array<{ source: string; usd: number; deviationPct: number }> = [];
  for (const o of outliers) {
    if (!isObject(o) || !text(o.source) || !finite(o.usd) || !finite(o.deviationPct)) return undefined;
    kept.push({ source: o.source, usd: o.usd, deviationPct: o.deviationPct });
  }
  return { usd, change24hPct, height, supplyBtc, capUsd, at, sources: [...sources], outliers: kept };
}

const PROVIDER_STATES = ['ok', 'outlier', 'failed', 'waiting', 'standby'];

function statusOf(s: unknown): State['providers'][keyof State['providers']] | null {
  if (!isObject(s)) return null;
  const { state, at, message, value, failures, retryAt } = s;
  if (!PROVIDER_STATES.includes(state as string) || !count(at) || !textOrNull(message) || !finiteOrNull(value)) {
    return null;
  }
  if (!count(failures) || !countOrNull(retryAt)) return null;
  return { state: state as 'ok', at, message, value, failures, retryAt };
}

function viewOf(raw: Value): State | null {
  const { version, quote, lastRound, providers, supplyCheck, fx, history } = raw;
  if (version !== VERSION) return null;
  const q = quote === null ? null : quoteOf(quote);
  if (q === undefined) return null;

  let round: State['lastRound'] = null;
  if (lastRound !== null) {
    if (!isObject(lastRound)) return null;
    const { startedAt, finishedAt, ok, error } = lastRound;
    if (!count(startedAt) || !count(finishedAt) || typeof ok !== 'boolean' || !textOrNull(error)) return null;
    round = { startedAt, finishedAt, ok, error };
  }

  if (!isObject(providers)) return null;
  const statuses: State['providers'] = {};
  for (const id of PROVIDER_IDS) {
    if (!(id in providers)) continue;
    if (providers[id] === undefined) {
      statuses[id] = undefined;
      continue;
    }
    const status = statusOf(providers[id]);
    if (!status) return null;
    statuses[id] = status;
  }

  let check: State['supplyCheck'] = null;
  if (supplyCheck !== null) {
    if (!isObject(supplyCheck)) return null;
    const { source, supplyBtc, deviationPct, agrees } = supplyCheck;
    if (!text(source) || !positive(supplyBtc) || !finite(deviationPct) || typeof agrees !== 'boolean') return null;
    check = { source, supplyBtc, deviationPct, agrees };
  }

  let rates: NonNullable<State['fx']> | null = null;
  if (fx !== undefined && fx !== null) {
    if (!isObject(fx) || !isObject(fx.rates) || !text(fx.source) || !count(fx.at)) return null;
    const kept: Value = {};
    for (const [currency, rate] of Object.entries(fx.rates)) {
      if (!(CURRENCIES as readonly string[]).includes(currency) || !positive(rate)) return null;
      kept[currency] = rate;
    }
    rates = { rates: kept as NonNullable<State['fx']>['rates'], source: fx.source, at: fx.at };
  }

  if (!Array.isArray(history) || history.length > HISTORY_MAX) return null;
  const samples: State['history'] = [];
  for (const sample of history) {
    if (!Array.isArray(sample) || !count(sample[0]) || !positive(sample[1]) || !positive(sample[2])) return null;
    samples.push([sample[0], sample[1], sample[2]]);
  }

  return {
    version: VERSION,
    quote: q,
    lastRound: round,
    providers: statuses,
    supplyCheck: check,
    fx: rates,
    history: samples,
  };
}

/** What loadState(raw).state would be: the stored state, or a fresh one keeping a good quote. */
export function stateView(raw: unknown): State {
  const view = isObject(raw) ? viewOf(raw) : null;
  if (view) return view;
  const quote = isObject(raw) && 'quote' in raw ? (quoteOf(raw.quote) ?? null) : null;
  return { version: VERSION, quote, lastRound: null, providers: {}, supplyCheck: null, fx: null, history: [] };
}

const isDayText = (x: unknown): x is string => text(x) && isDay(x);

/** A milestone event as milestoneEventSchema reads it, or null. */
function eventOf(entry: unknown): MilestoneEvent | null {
  const e = fromDollarEvent(entry);
  if (!isObject(e) || (e.metric !== 'cap' && e.metric !== 'price')) return null;
  const { metric, at, price, cap, currency } = e;
  if (!positive(price) || !positive(cap) || !count(at) || !isCurrency(currency)) return null;
  const amounts = { price, cap, currency };
  if (e.kind === 'high') {
    const { value, previous } = e;
    if (!positive(value) || !isObject(previous) || !positive(previous.value) || !isDayText(previous.day)) return null;
    return { kind: 'high', metric, value, previous: { value: previous.value, day: previous.day }, ...amounts, at };
  }
  if (e.kind !== 'crossing' || (e.direction !== 'up' && e.direction !== 'down')) return null;
  const { direction, line, alsoCrossed, first, firstReached: reached } = e;
  if (!positive(line) || !Array.isArray(alsoCrossed) || !alsoCrossed.every(positive) || typeof first !== 'boolean') {
    return null;
  }
  let firstReached: FirstReached | null = null;
  if (reached !== null) {
    if (!isObject(reached) || !isDayText(reached.day) || !PRECISIONS.includes(reached.precision as string)) return null;
    if (reached.notBefore !== undefined && !isDayText(reached.notBefore)) return null;
    firstReached = { day: reached.day, precision: reached.precision as FirstReached['precision'] };
    if ('notBefore' in reached) firstReached.notBefore = reached.notBefore as string | undefined;
  }
  return {
    kind: 'crossing',
    metric,
    direction,
    line,
    alsoCrossed: [...alsoCrossed],
    first,
    firstReached,
    ...amounts,
    at,
  };
}

const PRECISIONS = ['day', 'approx', 'onOrBefore'];
const LOG_MAX = 50;

/** The timeline of the stored milestones as loadMilestoneLog reads it: bad rows dropped one by one. */
export function timelineView(raw: unknown): { log: MilestoneEvent[] } {
  const log = isObject(raw) && Array.isArray(raw.log) ? raw.log : [];
  return { log: log.flatMap((e) => eventOf(e) ?? []).slice(0, LOG_MAX) };
}
