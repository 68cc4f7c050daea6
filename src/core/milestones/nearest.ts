// The milestones either side of a quote, for the popup: how far each is and what price per BTC it takes.
import { DEFAULT_LADDERS, type Ladder, type Ladders, linesAround } from './ladder';

export interface MilestoneTarget {
  /** The line, in dollars of market cap or of price. */
  line: number;
  /** Change from the current value that reaches the line, in percent: positive above, zero or negative below. */
  changePct: number;
  /** Price per BTC at which the line is reached (for a cap line, at the given supply). */
  priceNeeded: number;
}

export interface NearestMilestones {
  below: MilestoneTarget | null;
  above: MilestoneTarget | null;
}

const usable = (n: number): boolean => Number.isFinite(n) && n > 0;

/** Price per BTC that makes a market cap, at a supply. */
export function priceForCap(capUsd: number, supplyBtc: number): number {
  return capUsd / supplyBtc;
}

/** Percent change from `from` that reaches `to`. */
export function changePctTo(from: number, to: number): number {
  return (to / from - 1) * 100;
}

const NONE: NearestMilestones = { below: null, above: null };

function around(ladder: Ladder, value: number, priceNeeded: (line: number) => number): NearestMilestones {
  const { below, above } = linesAround(ladder, value);
  const target = (line: number | null): MilestoneTarget | null =>
    line === null ? null : { line, changePct: changePctTo(value, line), priceNeeded: priceNeeded(line) };
  return { below: target(below), above: target(above) };
}

/** Cap lines around a market cap; each with the price it needs at today's supply. */
export function capMilestones(ladder: Ladder, capUsd: number, supplyBtc: number): NearestMilestones {
  // A bad figure gives no milestones rather than a NaN on screen.
  if (!usable(capUsd) || !usable(supplyBtc)) return NONE;
  return around(ladder, capUsd, (line) => priceForCap(line, supplyBtc));
}

export function priceMilestones(ladder: Ladder, usd: number): NearestMilestones {
  if (!usable(usd)) return NONE;
  return around(ladder, usd, (line) => line);
}

export function milestonesForQuote(
  quote: { usd: number; capUsd: number; supplyBtc: number },
  ladders: Ladders = DEFAULT_LADDERS,
): { cap: NearestMilestones; price: NearestMilestones } {
  return {
    cap: capMilestones(ladders.cap, quote.capUsd, quote.supplyBtc),
    price: priceMilestones(ladders.price, quote.usd),
  };
}
