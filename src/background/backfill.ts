// Fills the history from CoinGecko's chart once, when it covers less than a week, so the popup's
// sparkline has a week to show from the first day. A failure costs nothing but the backfill.
import { coingeckoChart } from '../providers/coingeckoChart';
import { fetchText } from '../providers/fetchText';
import { providerUrl } from '../providers/registry';
import type { State } from '../state/state';
import { API_ORIGIN } from './apiOrigin';
import { mergeBackfill } from './nextState';
import { withRoundLock } from './roundLock';
import { readState, writeState } from './stateStore';

const WEEK_MS = 7 * 24 * 60 * 60_000;
/** A history that reaches this far back needs no backfill. */
const ENOUGH_MS = WEEK_MS - 2 * 60 * 60_000;

export function needsBackfill(state: State, now: number): boolean {
  const oldest = state.history[0]?.[0];
  return oldest === undefined || now - oldest < ENOUGH_MS;
}

export async function backfillHistory(now = Date.now()): Promise<void> {
  if (!needsBackfill(await readState(), now)) return;
  let samples: [number, number, number][];
  try {
    samples = coingeckoChart.parse(await fetchText(providerUrl(coingeckoChart, API_ORIGIN)));
  } catch (error) {
    console.warn('CapLens: history backfill failed', error);
    return;
  }
  // Under the round lock: a round finishing meanwhile must not overwrite the merged history.
  await withRoundLock(async () => writeState(mergeBackfill(await readState(), samples)));
}
