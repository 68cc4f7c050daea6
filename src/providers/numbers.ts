// Schemas for the numbers providers send, as numbers or as decimal strings.
import * as v from 'valibot';

/** A price: finite and above zero. A zero or negative price is an error, not a quote. */
export const positiveNumber = v.pipe(v.number(), v.finite(), v.gtValue(0));

/** Exchanges send prices as strings ("104123.45"); only plain decimals are accepted. */
export const positiveDecimalString = v.pipe(
  v.string(),
  v.regex(/^\d+(\.\d+)?$/, 'not a decimal number'),
  v.transform(Number),
  v.finite(),
  v.gtValue(0),
);

/** The largest height the schedule can matter for; anything above is garbage. */
export const MAX_PLAUSIBLE_HEIGHT = 10_000_000;
/**
 * The chain passed this height (the fourth halving, April 2024) before CapLens existed: a tip below
 * it is a truncated or garbage answer ("92500" for "925000"), even on a fresh install that knows no
 * earlier height to compare with.
 */
export const MIN_PLAUSIBLE_HEIGHT = 840_000;
