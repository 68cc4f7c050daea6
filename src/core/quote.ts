// The quote: one validated reading of price, supply and market cap, with where it came from.
import type { Outlier } from './median';
import { issuedBtcThrough } from './supply';

export interface Quote {
  /** Consensus price of one bitcoin in US dollars. */
  usd: number;
  /** 24 h change in percent, when a source reports it. */
  change24hPct: number | null;
  /** Chain tip the supply was computed from. */
  height: number;
  supplyBtc: number;
  capUsd: number;
  /** When the round that produced it finished, ms since the epoch. */
  at: number;
  /** Price sources whose values made the median. */
  sources: string[];
  /** Price sources left out for deviating from the others. */
  outliers: Outlier[];
}

export function marketCap(usd: number, supplyBtc: number): number {
  return usd * supplyBtc;
}

export function makeQuote(input: {
  usd: number;
  change24hPct: number | null;
  height: number;
  at: number;
  sources: string[];
  outliers: Outlier[];
}): Quote {
  const supplyBtc = issuedBtcThrough(input.height);
  return { ...input, supplyBtc, capUsd: marketCap(input.usd, supplyBtc) };
}
