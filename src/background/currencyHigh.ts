// A currency's all-time price high, read from CoinGecko once a day while milestones are in that
// currency. It is asked only in a round where CoinGecko's price answered: a rate-limited or
// unreachable CoinGecko is not asked a second time, and the milestones wait (claiming no "first
// time") until it answers.
import type { Currency } from '../core/currency';
import { coingeckoHigh } from '../providers/coingeckoHigh';
import { fetchText } from '../providers/fetchText';
import { providerUrl } from '../providers/registry';
import type { StoredMilestones } from '../state/milestones';
import type { State } from '../state/state';

/** The high moves only when a new one is set, which the milestones see themselves; a day keeps up with the rest. */
export const HIGH_MAX_AGE_MS = 24 * 60 * 60_000;

export function needsCurrencyHigh(stored: StoredMilestones, currency: Currency, state: State, now: number): boolean {
  if (currency === 'USD' || state.providers.coingecko?.state !== 'ok') return false;
  const read = stored.highs[currency];
  return !read || now - read.at > HIGH_MAX_AGE_MS;
}

/** The stored milestones with the currency's high read anew; as they were if CoinGecko fails. */
export async function withCurrencyHigh(
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
