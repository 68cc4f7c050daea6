// Milestone memory, the crossings log and the notification outbox, stored under their own key:
// a damaged quote state resets without costing the highs seen while running, and the other way round.
// Memory is kept per currency, since lines, highs and "first time" are each currency's own; switching
// back to a currency finds its memory as it was left.
import * as v from 'valibot';
import { type Currency, isCurrency } from '../core/currency';
import {
  type High,
  highSchema,
  initialMilestoneMemory,
  loadMilestoneLog,
  loadMilestoneMemory,
  type MilestoneEvent,
  type MilestoneMemory,
} from '../core/milestones';

export { MILESTONES_KEY } from './keys';

/** A currency's all-time price high as CoinGecko gives it, and when it was read. */
export interface ReadHigh {
  high: High;
  at: number;
}

export interface StoredMilestones {
  memories: Partial<Record<Currency, MilestoneMemory>>;
  /** All-time price highs as CoinGecko last gave them, per currency. */
  highs: Partial<Record<Currency, ReadHigh>>;
  /** Every event seen, newest first, for the popup's timeline. */
  log: MilestoneEvent[];
  /** Events to notify that have not been shown yet: written with the state, emptied once shown. */
  outbox: MilestoneEvent[];
}

export function emptyMilestones(): StoredMilestones {
  return { memories: {}, highs: {}, log: [], outbox: [] };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

const readHighSchema = v.object({ high: highSchema, at: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export function loadMilestones(raw: unknown): StoredMilestones {
  if (!isRecord(raw)) return emptyMilestones();
  const memories: StoredMilestones['memories'] = {};
  const highs: StoredMilestones['highs'] = {};
  // Before milestones followed the currency there was one memory, in dollars.
  const rawMemories = isRecord(raw.memories) ? raw.memories : 'memory' in raw ? { USD: raw.memory } : {};
  for (const [currency, memory] of Object.entries(rawMemories)) {
    if (isCurrency(currency)) memories[currency] = loadMilestoneMemory(memory);
  }
  for (const [currency, high] of Object.entries(isRecord(raw.highs) ? raw.highs : {})) {
    const read = v.safeParse(readHighSchema, high);
    if (isCurrency(currency) && read.success) highs[currency] = read.output;
  }
  return { memories, highs, log: loadMilestoneLog(raw.log), outbox: loadMilestoneLog(raw.outbox) };
}

/** The memory of one currency, fresh if there is none yet. */
export function memoryIn(stored: StoredMilestones, currency: Currency): MilestoneMemory {
  return stored.memories[currency] ?? initialMilestoneMemory();
}
