// The replay scenario of PRODUCT.md: what every provider reports, with per-provider overrides.
// Validated, so a typo in a scenario file is a clear error rather than a silently healthy provider.
import * as v from 'valibot';

export const REPLAY_PROVIDERS = ['coingecko', 'coinbase', 'kraken', 'mempool', 'blockstream'] as const;
export type ReplayProvider = (typeof REPLAY_PROVIDERS)[number];

const override = v.strictObject({
  btcUsd: v.optional(v.number()),
  height: v.optional(v.number()),
  change24hPct: v.optional(v.number()),
  /** Answer with this HTTP status instead (and an error body). */
  status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599))),
  /** Seconds for a Retry-After header. */
  retryAfter: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  delayMs: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** Sent verbatim, for garbage and truncated answers. */
  body: v.optional(v.string()),
});

export const scenarioSchema = v.strictObject({
  btcUsd: v.number(),
  height: v.pipe(v.number(), v.integer()),
  change24hPct: v.optional(v.number(), 0),
  providers: v.optional(
    v.strictObject(
      Object.fromEntries(REPLAY_PROVIDERS.map((id) => [id, v.optional(override)])) as Record<
        ReplayProvider,
        v.OptionalSchema<typeof override, undefined>
      >,
    ),
    {},
  ),
});

export type Scenario = v.InferOutput<typeof scenarioSchema>;
export type ScenarioInput = v.InferInput<typeof scenarioSchema>;
export type ProviderOverride = v.InferOutput<typeof override>;

export const DEFAULT_SCENARIO: Scenario = { btcUsd: 61234.5, height: 925000, change24hPct: 2.1, providers: {} };

export function parseScenario(data: unknown): Scenario {
  const result = v.safeParse(scenarioSchema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new Error(`invalid scenario: ${v.getDotPath(issue) ?? 'root'}: ${issue.message}`);
}
