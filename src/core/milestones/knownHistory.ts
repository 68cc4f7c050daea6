// What is known of one currency's past, which is what "for the first time" and "first reached on"
// rest on. Dollars have the shipped table. Another currency has only its all-time price high
// (CoinGecko's `ath` and `ath_date` in that currency); the cap's past is then bounded by the
// supply: never above that high times today's supply, and certainly reached on the high's day at
// that high times the least supply the chain can have had then. A line between the two bounds is
// neither called a first nor said to have been reached before.
import { issuedBtcThrough } from '../supply';
import { SHIPPED_FIRSTS, SHIPPED_HIGHS } from './history';
import type { FirstCrossing, High, Metric } from './types';

export interface MilestoneHistory {
  /** Nothing above these was ever reached: a line above one is reached for the first time. */
  ceilings: Readonly<Record<Metric, High>>;
  /** Certainly reached, on or before their day. */
  reached: Readonly<Record<Metric, High>>;
  /** Dated first crossings. */
  firsts: readonly FirstCrossing[];
}

export const DOLLAR_HISTORY: MilestoneHistory = {
  ceilings: SHIPPED_HIGHS,
  reached: SHIPPED_HIGHS,
  firsts: SHIPPED_FIRSTS,
};

/**
 * Retargeting keeps blocks near 144 a day; 1.5 times that, sustained for days, has never happened.
 * Overstating it only widens the band in which nothing is claimed.
 */
const MOST_BLOCKS_A_DAY = 216;
const DAY_MS = 86_400_000;

/** A currency's history from its all-time price high, the chain's height now, and today's UTC day. */
export function historyFromPriceHigh(high: High, height: number, today: string): MilestoneHistory {
  const days = Math.max(0, (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${high.day}T00:00:00Z`)) / DAY_MS);
  const heightThen = Math.max(0, height - Math.ceil(days + 1) * MOST_BLOCKS_A_DAY);
  return {
    ceilings: { price: high, cap: { value: Math.ceil(high.value * issuedBtcThrough(height)), day: high.day } },
    reached: { price: high, cap: { value: Math.floor(high.value * issuedBtcThrough(heightThen)), day: high.day } },
    firsts: [],
  };
}
