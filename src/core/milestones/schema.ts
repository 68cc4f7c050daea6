// Validation of what the milestone module stores: memory and timeline come back from storage, where an older
// build, a bug or a user may have left anything. What fails is replaced by a fresh part, never trusted; each part
// is rescued on its own, so a damaged timeline row or hysteresis entry does not cost the highs seen at run time
// (losing those could turn a repeat into a false "first time").
import * as v from 'valibot';
import { CURRENCIES } from '../currency';
import { isDay } from './day';
import { SEEN_LIMIT } from './firsts';
import { fromDollarEvent } from './legacy';
import { LOG_LIMIT } from './log';
import { fromVersion1 } from './memoryV1';
import { initialMilestoneMemory } from './observe';
import type { FirstCrossing, High, MilestoneEvent, MilestoneMemory } from './types';

const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const day = v.pipe(v.string(), v.check(isDay, 'not a YYYY-MM-DD day'));
const metric = v.picklist(['cap', 'price']);
const direction = v.picklist(['up', 'down']);
const precision = v.picklist(['day', 'approx', 'onOrBefore']);
const currency = v.picklist(CURRENCIES);

export const highSchema: v.GenericSchema<High> = v.object({ value: positive, day });

const firstReachedSchema = v.object({ day, precision, notBefore: v.optional(day) });

const firstCrossingSchema: v.GenericSchema<FirstCrossing> = v.object({
  metric,
  line: positive,
  day,
  precision,
  notBefore: v.optional(day),
  source: v.string(),
  note: v.optional(v.string()),
});

const metricMemorySchema = v.object({
  last: positive,
  // No fixed bound: held lines are only those within the margin over the last value, bounded by the ladder.
  held: v.array(positive),
  busy: v.array(v.object({ line: positive, count: v.pipe(v.number(), v.integer(), v.minValue(1)), at: time })),
  at: time,
  high: highSchema,
  highAnnounced: v.nullable(v.object({ value: positive, at: time })),
});

export const milestoneMemorySchema: v.GenericSchema<MilestoneMemory> = v.object({
  version: v.literal(2),
  price: v.nullable(metricMemorySchema),
  cap: v.nullable(metricMemorySchema),
  seen: v.pipe(v.array(firstCrossingSchema), v.maxLength(SEEN_LIMIT)),
});

export const milestoneEventSchema: v.GenericSchema<MilestoneEvent> = v.variant('kind', [
  v.object({
    kind: v.literal('crossing'),
    metric,
    direction,
    line: positive,
    alsoCrossed: v.array(positive),
    first: v.boolean(),
    firstReached: v.nullable(firstReachedSchema),
    alongside: v.optional(v.object({ metric, line: positive, first: v.boolean() })),
    price: positive,
    cap: positive,
    currency,
    at: time,
  }),
  v.object({
    kind: v.literal('high'),
    metric,
    value: positive,
    previous: highSchema,
    price: positive,
    cap: positive,
    currency,
    at: time,
  }),
]);

export const milestoneLogSchema = v.pipe(v.array(milestoneEventSchema), v.maxLength(LOG_LIMIT));

export function loadMilestoneMemory(stored: unknown): MilestoneMemory {
  const raw = fromVersion1(stored);
  const parsed = v.safeParse(milestoneMemorySchema, raw);
  if (parsed.success) return parsed.output;
  const memory = initialMilestoneMemory();
  if (typeof raw !== 'object' || raw === null) return memory;
  const parts = raw as Record<string, unknown>;
  for (const metric of ['price', 'cap'] as const) {
    const part = v.safeParse(metricMemorySchema, parts[metric]);
    if (part.success) memory[metric] = part.output;
  }
  if (Array.isArray(parts.seen)) {
    memory.seen = parts.seen
      .flatMap((row) => {
        const parsedRow = v.safeParse(firstCrossingSchema, row);
        return parsedRow.success ? [parsedRow.output] : [];
      })
      .slice(-SEEN_LIMIT);
  }
  return memory;
}

/** The timeline from storage; entries that fail validation are dropped one by one, the rest kept. */
export function loadMilestoneLog(raw: unknown): MilestoneEvent[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .flatMap((entry) => {
      const parsed = v.safeParse(milestoneEventSchema, fromDollarEvent(entry));
      return parsed.success ? [parsed.output] : [];
    })
    .slice(0, LOG_LIMIT);
}
