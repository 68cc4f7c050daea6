// The stored state: the single source of truth shared by background, popup and content script.
// Versioned and validated on every read; a state that fails validation is migrated or reset,
// never trusted and never a crash.
import * as v from 'valibot';
import { CURRENCIES } from '../core/currency';

export { STATE_KEY } from './keys';
export const STATE_VERSION = 1;
/** A week of samples at one per five minutes. */
export const HISTORY_LIMIT = 7 * 24 * 12;
export const HISTORY_SPACING_MS = 5 * 60 * 1000;

// valibot rather than a larger schema library: the popup and content script validate the state
// too, and their bundles have size budgets.
const anyNumber = v.pipe(v.number(), v.finite());
const finitePositive = v.pipe(v.number(), v.finite(), v.gtValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = count;

import { PROVIDER_IDS } from './providerIds';

export { PROVIDER_IDS };

const quoteSchema = v.object({
  usd: finitePositive,
  change24hPct: v.nullable(anyNumber),
  height: count,
  supplyBtc: finitePositive,
  capUsd: finitePositive,
  at: time,
  sources: v.pipe(v.array(v.string()), v.minLength(1)),
  outliers: v.array(v.object({ source: v.string(), usd: anyNumber, deviationPct: anyNumber })),
});

/**
 * ok: answered and used. outlier: answered, left out of the median. failed: asked, no usable answer.
 * waiting: not asked this round, backing off after 429 or 5xx. standby: a fallback not needed this round.
 */
const providerStateSchema = v.picklist(['ok', 'outlier', 'failed', 'waiting', 'standby']);

const providerStatusSchema = v.object({
  state: providerStateSchema,
  /** When it was last asked. */
  at: time,
  /** Why it failed or is waiting, in words; null when it answered. */
  message: v.nullable(v.string()),
  /** The price or height it answered with. */
  value: v.nullable(anyNumber),
  /** Failures in a row, for the backoff. */
  failures: count,
  /** Not to be asked before this time. */
  retryAt: v.nullable(time),
});

const providersSchema = v.object(
  Object.fromEntries(PROVIDER_IDS.map((id) => [id, v.optional(providerStatusSchema)])) as Record<
    (typeof PROVIDER_IDS)[number],
    v.OptionalSchema<typeof providerStatusSchema, undefined>
  >,
);

const supplyCheckSchema = v.object({
  source: v.string(),
  supplyBtc: finitePositive,
  deviationPct: anyNumber,
  agrees: v.boolean(),
});

const roundSchema = v.object({
  startedAt: time,
  finishedAt: time,
  /** Whether the round produced a fresh quote. */
  ok: v.boolean(),
  /** Why not, in words. */
  error: v.nullable(v.string()),
});

const fxSchema = v.object({
  /** Units of each currency per US dollar. */
  rates: v.record(v.picklist(CURRENCIES), finitePositive),
  source: v.string(),
  at: time,
});

export const stateSchema = v.object({
  version: v.literal(STATE_VERSION),
  quote: v.nullable(quoteSchema),
  lastRound: v.nullable(roundSchema),
  providers: providersSchema,
  supplyCheck: v.nullable(supplyCheckSchema),
  /** Conversion rates for other currencies; absent in states stored before currencies existed. */
  fx: v.optional(v.nullable(fxSchema), null),
  /** Oldest first: [time, price, cap]. */
  history: v.pipe(v.array(v.tuple([time, finitePositive, finitePositive])), v.maxLength(HISTORY_LIMIT)),
});

export type State = v.InferOutput<typeof stateSchema>;
export type StoredQuote = v.InferOutput<typeof quoteSchema>;
export type ProviderStatus = v.InferOutput<typeof providerStatusSchema>;
export type ProviderState = v.InferOutput<typeof providerStateSchema>;
export type HistorySample = State['history'][number];

export function emptyState(): State {
  return {
    version: STATE_VERSION,
    quote: null,
    lastRound: null,
    providers: {},
    supplyCheck: null,
    fx: null,
    history: [],
  };
}

export interface LoadedState {
  state: State;
  /** Set when what was stored could not be used as it was. */
  repaired: string | null;
}

/**
 * Reads whatever is stored. Version 1 is the first: anything else, or anything that fails
 * validation, is reset. The quote is rescued on its own when only another part is damaged,
 * so a damaged history never costs the last good price.
 */
export function loadState(raw: unknown): LoadedState {
  if (raw === undefined || raw === null) return { state: emptyState(), repaired: null };
  const parsed = v.safeParse(stateSchema, raw);
  if (parsed.success) return { state: parsed.output, repaired: null };
  const state = emptyState();
  if (typeof raw === 'object' && raw !== null && 'quote' in raw) {
    const quote = v.safeParse(quoteSchema, (raw as { quote: unknown }).quote);
    if (quote.success) state.quote = quote.output;
  }
  const issue = parsed.issues[0];
  const where = v.getDotPath(issue) ?? 'root';
  return { state, repaired: `stored state reset: ${where}: ${issue.message}` };
}
