// The all-time price high in the milestones' currency, read from CoinGecko once a day, and again
// after a gap in the readings: while the browser was closed or asleep, the price may have set a high
// no reading saw, and a later crossing below it must not be called a first. For the dollar it adds
// to the shipped table (a build may be older than the latest high); for another currency it is all
// that is known. It is asked only in a round where CoinGecko's price answered: a rate-limited or
// unreachable CoinGecko is not asked a second time, and the milestones make do with what they know.
import type { Currency } from '../core/currency';
import { coingeckoHigh } from '../providers/coingeckoHigh';
import { fetchText } from '../providers/fetchText';
import { providerUrl } from '../providers/registry';
import type { StoredMilestones } from '../state/milestones';
import type { Settings } from '../state/settings';
import type { State } from '../state/state';
import { milestoneMoney } from './milestoneStep';

/** The high moves only when a new one is set, which the milestones see themselves; a day keeps up with the rest. */
export const HIGH_MAX_AGE_MS = 24 * 60 * 60_000;
/** Rounds are at most an hour apart (the longest interval, also while idle): a longer gap means readings were missed. */
export const READING_GAP_MS = 2 * 60 * 60_000;

export function needsCurrencyHigh(stored: StoredMilestones, currency: Currency, state: State, now: number): boolean {
  if (state.providers.coingecko?.state !== 'ok') return false;
  const read = stored.highs[currency];
  if (!read || now - read.at > HIGH_MAX_AGE_MS) return true;
  const lastReading = stored.memories[currency]?.price?.at;
  const missed = lastReading === undefined || now - lastReading > READING_GAP_MS;
  return missed && now - read.at > READING_GAP_MS;
}

/** The stored milestones with the currency's high read anew; as they were if CoinGecko fails. */
export async function readCurrencyHigh(
  stored: StoredMilestones,
  currency: Currency,
  apiOrigin: string | null,
  now: number,
): Promise<StoredMilestones> {
  const url = providerUrl({ ...coingeckoHigh, path: coingeckoHigh.path(currency) }, apiOrigin);
  try {
    const high = coingeckoHigh.parse(await fetchText(url));
    return { ...stored, highs: { ...stored.highs, [currency]: { high, at: now } } };
  } catch (error) {
    console.warn(`CapLens: no all-time high in ${currency} this round`, error);
    return stored;
  }
}

/** Before a round's milestone step: the high of the currency that step will use, read if it is due. */
export async function withCurrencyHigh(
  stored: StoredMilestones,
  state: State,
  settings: Pick<Settings, 'currency'>,
  apiOrigin: string | null,
): Promise<StoredMilestones> {
  // A round without a fresh quote has no milestone step to need it.
  if (!state.lastRound?.ok || !state.quote) return stored;
  const now = state.quote.at;
  const { currency } = milestoneMoney(settings, state, now);
  return needsCurrencyHigh(stored, currency, state, now) ? readCurrencyHigh(stored, currency, apiOrigin, now) : stored;
}
