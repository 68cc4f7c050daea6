// Folds one round's outcomes into the stored state: the consensus price, the supply from the
// height, per-provider status with backoff, the supply cross-check and the history.
// Pure: no browser APIs, so every branch is unit-tested.
import { formatChangePct } from '../core/format';
import { consensusPrice } from '../core/median';
import { makeQuote } from '../core/quote';
import { t, uiLocale } from '../i18n/t';
import type { PriceReading, ProviderId } from '../providers/types';
import type { RoundError } from '../state/reasons';
import { HISTORY_LIMIT, HISTORY_SPACING_MS, type HistorySample, type ProviderStatus, type State } from '../state/state';
import { retryAt } from './backoff';
import type { Outcome, RoundOutcomes } from './outcomes';

/** CoinGecko counts issued coins, as we do; it may trail the tip by some blocks. */
const SUPPLY_TOLERANCE_PCT = 0.5;
/** How far a sample may be from exactly 24 h ago to serve for the 24 h change. */
const DAY_AGO_TOLERANCE_MS = 30 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/**
 * Sources that agree on a price this many times the last good one, or this fraction of it, within a
 * day of it share a glitch (a unit or decimal change upstream), not a market move: bitcoin has not
 * tripled or lost two thirds in a day since its first years. Such a round is held back: the last
 * good quote stays, shown as stale, and no milestone is crossed on the strength of it.
 */
const MAX_JUMP_FACTOR = 3;
const JUMP_WINDOW_MS = DAY_MS;

function implausibleJump(previous: State, usd: number, now: number): boolean {
  const last = previous.quote;
  if (!last || now - last.at > JUMP_WINDOW_MS) return false;
  const factor = usd / last.usd;
  return factor > MAX_JUMP_FACTOR || factor < 1 / MAX_JUMP_FACTOR;
}

function statusOf<T>(
  outcome: Outcome<T>,
  previous: ProviderStatus | undefined,
  toValue: (value: T) => number,
): ProviderStatus {
  switch (outcome.kind) {
    case 'answer':
      return { state: 'ok', at: outcome.at, message: null, value: toValue(outcome.value), failures: 0, retryAt: null };
    case 'error': {
      const failures = (previous?.failures ?? 0) + 1;
      return {
        state: 'failed',
        at: outcome.at,
        message: outcome.error.message,
        value: null,
        failures,
        retryAt: retryAt(outcome.error, failures, outcome.at),
      };
    }
    case 'waiting':
      return {
        state: 'waiting',
        at: previous?.at ?? 0,
        message: previous?.message ?? t('waitingAgain'),
        value: null,
        failures: previous?.failures ?? 0,
        retryAt: outcome.retryAt,
      };
    case 'standby':
      return { state: 'standby', at: previous?.at ?? 0, message: null, value: null, failures: 0, retryAt: null };
  }
}

function changeFromHistory(history: readonly HistorySample[], usd: number, now: number): number | null {
  let best: HistorySample | null = null;
  for (const sample of history) {
    const distance = Math.abs(now - DAY_MS - sample[0]);
    if (distance <= DAY_AGO_TOLERANCE_MS && (!best || distance < Math.abs(now - DAY_MS - best[0]))) best = sample;
  }
  return best ? ((usd - best[1]) / best[1]) * 100 : null;
}

function appendSample(history: readonly HistorySample[], sample: HistorySample): HistorySample[] {
  const last = history[history.length - 1];
  if (last && sample[0] - last[0] < HISTORY_SPACING_MS) return [...history];
  const next = [...history, sample];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/** `locale` is for the numbers in the providers' messages ("+2.4% from the others"), which the popup shows. */
export function nextState(previous: State, round: RoundOutcomes, locale = uiLocale()): State {
  // Only the providers of this round: one switched off since has no status to show.
  const providers: State['providers'] = {};
  for (const outcome of round.prices) {
    providers[outcome.id] = statusOf(outcome, previous.providers[outcome.id], (r: PriceReading) => r.usd);
  }
  for (const outcome of round.heights) {
    providers[outcome.id] = statusOf(outcome, previous.providers[outcome.id], (h: number) => h);
  }

  const answers = new Map<ProviderId, PriceReading>();
  for (const outcome of round.prices) if (outcome.kind === 'answer') answers.set(outcome.id, outcome.value);
  let consensus = consensusPrice([...answers].map(([source, reading]) => ({ source, usd: reading.usd })));
  for (const outlier of consensus?.outliers ?? []) {
    const status = providers[outlier.source as ProviderId];
    if (status) {
      const pct = formatChangePct(outlier.deviationPct, locale) ?? '';
      providers[outlier.source as ProviderId] = { ...status, state: 'outlier', message: t('fromOthers', pct) };
    }
  }
  let heldBack = false;
  if (consensus && previous.quote && implausibleJump(previous, consensus.usd, round.finishedAt)) {
    const pct = formatChangePct(((consensus.usd - previous.quote.usd) / previous.quote.usd) * 100, locale) ?? '';
    for (const source of consensus.used) {
      const status = providers[source as ProviderId];
      if (status) {
        providers[source as ProviderId] = { ...status, state: 'outlier', message: t('fromLastGood', pct) };
      }
    }
    // Held back: the sources agree with each other but not with the last good price.
    consensus = null;
    heldBack = true;
  }

  const freshHeight = round.heights.find((o) => o.kind === 'answer');
  // A height from an earlier round is still good for supply: each block adds at most 3.125 BTC.
  const height = freshHeight?.kind === 'answer' ? freshHeight.value : (previous.quote?.height ?? null);

  let error: RoundError | null = null;
  if (!consensus) error = answers.size === 0 ? 'no-price' : heldBack ? 'jump' : 'disagree';
  else if (height === null) error = 'no-height';

  // Rates only need CoinGecko to have answered: a ratio of its own prices holds even if its
  // dollar price was left out of the median.
  const geckoRates = answers.get('coingecko')?.rates;
  const fx =
    geckoRates && Object.keys(geckoRates).length > 0
      ? { rates: geckoRates, source: 'coingecko', at: round.finishedAt }
      : (previous.fx ?? null);
  const base = {
    ...previous,
    providers,
    fx,
    lastRound: { startedAt: round.startedAt, finishedAt: round.finishedAt, ok: false, error },
  };
  if (!consensus || height === null) return base;

  const gecko = answers.get('coingecko');
  const geckoUsed = gecko !== undefined && consensus.used.includes('coingecko');
  const change24hPct =
    geckoUsed && gecko.change24hPct !== null
      ? gecko.change24hPct
      : changeFromHistory(previous.history, consensus.usd, round.finishedAt);
  const quote = makeQuote({
    usd: consensus.usd,
    change24hPct,
    height,
    at: round.finishedAt,
    sources: consensus.used,
    outliers: consensus.outliers,
  });

  let supplyCheck = previous.supplyCheck;
  if (geckoUsed && gecko.capUsd !== null) {
    const supplyBtc = gecko.capUsd / gecko.usd;
    const deviationPct = ((supplyBtc - quote.supplyBtc) / quote.supplyBtc) * 100;
    supplyCheck = {
      source: 'coingecko',
      supplyBtc,
      deviationPct,
      agrees: Math.abs(deviationPct) <= SUPPLY_TOLERANCE_PCT,
    };
  }

  return {
    ...base,
    quote,
    supplyCheck,
    lastRound: { ...base.lastRound, ok: true },
    history: appendSample(previous.history, [quote.at, quote.usd, quote.capUsd]),
  };
}

/**
 * Adds backfilled samples older than the first stored one, thinned to the history spacing and
 * bounded: live samples always win over backfilled ones.
 */
export function mergeBackfill(state: State, samples: readonly HistorySample[]): State {
  const firstLive = state.history[0]?.[0] ?? Number.POSITIVE_INFINITY;
  const older: HistorySample[] = [];
  for (const sample of samples) {
    if (sample[0] >= firstLive) break;
    const last = older[older.length - 1];
    if (!last || sample[0] - last[0] >= HISTORY_SPACING_MS) older.push(sample);
  }
  const history = [...older, ...state.history];
  return { ...state, history: history.slice(Math.max(0, history.length - HISTORY_LIMIT)) };
}
