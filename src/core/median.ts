// The shown price: the median of the sources that agree, with the ones that do not left out and named.

export interface PriceSample {
  source: string;
  usd: number;
}

export interface Outlier extends PriceSample {
  /** Signed distance from the median of all samples, in percent. */
  deviationPct: number;
}

export interface Consensus {
  usd: number;
  used: string[];
  outliers: Outlier[];
}

export const DEFAULT_MAX_DEVIATION = 0.02;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median of the samples after leaving out those more than `maxDeviation` from the median of all.
 * The reference is the median of every sample rather than a leave-one-out median: with three
 * sources and one of them 10x off, a leave-one-out median would let the bad value drag the
 * reference of each good source and reject them all.
 * Returns null when no two sources agree (or, with a single source, when there is none).
 */
export function consensusPrice(
  samples: readonly PriceSample[],
  maxDeviation = DEFAULT_MAX_DEVIATION,
): Consensus | null {
  const valid = samples.filter((s) => Number.isFinite(s.usd) && s.usd > 0);
  if (valid.length === 0) return null;
  const reference = median(valid.map((s) => s.usd));
  const kept: PriceSample[] = [];
  const outliers: Outlier[] = [];
  for (const sample of valid) {
    const deviation = (sample.usd - reference) / reference;
    if (Math.abs(deviation) > maxDeviation) {
      outliers.push({ ...sample, deviationPct: deviation * 100 });
    } else {
      kept.push(sample);
    }
  }
  // A lone survivor of a disagreement is not a consensus: nothing corroborates it.
  if (kept.length === 0 || (valid.length >= 2 && kept.length < 2)) return null;
  return { usd: median(kept.map((s) => s.usd)), used: kept.map((s) => s.source), outliers };
}
