// Ladders of round numbers. A ladder is data, not code, because users edit it on the options page:
// either segments ("every $100B up to $1T, then every $250B up to $5T, then every $1T") or explicit values.
// Lines are whole units of the currency shown, so that line arithmetic is exact in doubles (every line is far below 2^53).
import type { Currency } from '../currency';

export interface LadderSegment {
  /** Last line of the segment. Omitted on the last segment: its step then repeats forever. */
  upTo?: number;
  step: number;
}

export type Ladder = { segments: LadderSegment[] } | { values: number[] };

export interface Ladders {
  cap: Ladder;
  price: Ladder;
}

/** What readers of crypto news expect: "$900 billion", "$1.25 trillion", "$2 trillion", "$6 trillion". */
export const DEFAULT_CAP_LADDER: Ladder = {
  segments: [{ upTo: 1e12, step: 1e11 }, { upTo: 5e12, step: 2.5e11 }, { step: 1e12 }],
};

/** "$90,000", "$100,000", "$125,000", "$300,000", "$350,000". */
export const DEFAULT_PRICE_LADDER: Ladder = {
  segments: [{ upTo: 100_000, step: 10_000 }, { upTo: 300_000, step: 25_000 }, { step: 50_000 }],
};

export const DEFAULT_LADDERS: Ladders = { cap: DEFAULT_CAP_LADDER, price: DEFAULT_PRICE_LADDER };

const scaled = (ladder: Ladder, by: number): Ladder =>
  'values' in ladder
    ? { values: ladder.values.map((v) => v * by) }
    : {
        segments: ladder.segments.map((s) =>
          s.upTo ? { upTo: s.upTo * by, step: s.step * by } : { step: s.step * by },
        ),
      };

/**
 * The default lines in a currency's own round numbers. A yen is about a hundredth of a dollar, so its lines are a
 * hundred times the dollar's ("¥10 million", "¥150 trillion"); the other currencies are within a factor of two
 * of the dollar, where the dollar's round numbers are the round numbers too ("€100,000", "£1 trillion").
 */
export function defaultLadders(currency: Currency): Ladders {
  if (currency !== 'JPY') return DEFAULT_LADDERS;
  return { cap: scaled(DEFAULT_CAP_LADDER, 100), price: scaled(DEFAULT_PRICE_LADDER, 100) };
}

/** The lines in effect: the user's own where set (in the currency shown), else the currency's defaults. */
export function laddersIn(own: { cap: Ladder | null; price: Ladder | null } | undefined, currency: Currency): Ladders {
  const defaults = defaultLadders(currency);
  return { cap: own?.cap ?? defaults.cap, price: own?.price ?? defaults.price };
}

// Bounds keep every ladder cheap to walk and an options page from storing something absurd.
export const MAX_LADDER_VALUES = 500;
export const MAX_LADDER_SEGMENTS = 20;
export const MAX_LINES_PER_SEGMENT = 1000;

export type LadderCheck = { ok: true; ladder: Ladder } | { ok: false; error: string };

export class LadderError extends Error {
  override name = 'LadderError';
}

const dollars = (n: unknown): string =>
  typeof n === 'number' && Number.isFinite(n) ? `$${n.toLocaleString('en-US')}` : String(JSON.stringify(n));

function checkDollars(value: unknown, what: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${what} must be a number, got ${dollars(value)}`;
  if (value <= 0) return `${what} must be above $0, got ${dollars(value)}`;
  if (!Number.isSafeInteger(value)) return `${what} must be a whole number of dollars, got ${dollars(value)}`;
  return null;
}

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

function unknownKey(input: Record<string, unknown>, allowed: readonly string[], where: string): string | null {
  const extra = Object.keys(input).find((key) => !allowed.includes(key));
  return extra === undefined ? null : `${where}: unknown key "${extra}" (expected ${allowed.join(', ')})`;
}

function checkValues(values: unknown): LadderCheck {
  if (!Array.isArray(values)) return { ok: false, error: 'values must be a list of amounts' };
  if (values.length === 0) return { ok: false, error: 'values: a ladder needs at least one line' };
  if (values.length > MAX_LADDER_VALUES) {
    return { ok: false, error: `values: ${values.length} lines, at most ${MAX_LADDER_VALUES}` };
  }
  for (const [i, value] of values.entries()) {
    const error = checkDollars(value, `value ${i + 1}`);
    if (error) return { ok: false, error };
  }
  // Order is not the user's problem; a repeated line is, since it probably hides a typo.
  const sorted = [...(values as number[])].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) return { ok: false, error: `values: ${dollars(sorted[i])} appears twice` };
  }
  return { ok: true, ladder: { values: sorted } };
}

function checkSegments(segments: unknown): LadderCheck {
  if (!Array.isArray(segments)) return { ok: false, error: 'segments must be a list of {upTo, step}' };
  if (segments.length === 0) return { ok: false, error: 'segments: a ladder needs at least one segment' };
  if (segments.length > MAX_LADDER_SEGMENTS) {
    return { ok: false, error: `segments: ${segments.length} segments, at most ${MAX_LADDER_SEGMENTS}` };
  }
  const out: LadderSegment[] = [];
  let start = 0;
  for (const [i, segment] of segments.entries()) {
    const where = `segment ${i + 1}`;
    const last = i === segments.length - 1;
    if (!isRecord(segment)) return { ok: false, error: `${where} must be {upTo, step}` };
    const extra = unknownKey(segment, ['upTo', 'step'], where);
    if (extra) return { ok: false, error: extra };
    const stepError = checkDollars(segment.step, `${where}: step`);
    if (stepError) return { ok: false, error: stepError };
    const step = segment.step as number;
    if (segment.upTo === undefined) {
      if (!last) return { ok: false, error: `${where}: only the last segment may leave out upTo` };
      out.push({ step });
      continue;
    }
    const upToError = checkDollars(segment.upTo, `${where}: upTo`);
    if (upToError) return { ok: false, error: upToError };
    const upTo = segment.upTo as number;
    if (upTo <= start) {
      return { ok: false, error: `${where}: upTo ${dollars(upTo)} must be above the previous ${dollars(start)}` };
    }
    // upTo must itself be a line, or "up to $1T" would silently stop at $900B or overshoot it.
    if ((upTo - start) % step !== 0) {
      return {
        ok: false,
        error: `${where}: ${dollars(upTo)} is not a whole number of ${dollars(step)} steps above ${dollars(start)}`,
      };
    }
    const lines = (upTo - start) / step;
    if (lines > MAX_LINES_PER_SEGMENT) {
      return { ok: false, error: `${where}: ${lines.toLocaleString('en-US')} lines, at most ${MAX_LINES_PER_SEGMENT}` };
    }
    out.push({ upTo, step });
    start = upTo;
  }
  return { ok: true, ladder: { segments: out } };
}

/** Validates a ladder from storage or a user; the ladder it returns is a normalised copy (values sorted). */
export function checkLadder(input: unknown): LadderCheck {
  if (!isRecord(input)) return { ok: false, error: 'a ladder must be {segments: [...]} or {values: [...]}' };
  const hasSegments = 'segments' in input;
  const hasValues = 'values' in input;
  if (hasSegments === hasValues) {
    return { ok: false, error: 'a ladder must have either segments or values, not both and not neither' };
  }
  const extra = unknownKey(input, [hasSegments ? 'segments' : 'values'], 'ladder');
  if (extra) return { ok: false, error: extra };
  return hasSegments ? checkSegments(input.segments) : checkValues(input.values);
}

export function parseLadder(input: unknown): Ladder {
  const checked = checkLadder(input);
  if (!checked.ok) throw new LadderError(checked.error);
  return checked.ladder;
}

/** A run of evenly spaced lines: start + k·step for k ≥ 1, up to `end` inclusive. */
interface Span {
  start: number;
  step: number;
  end: number;
}

function spans(ladder: Ladder): Span[] {
  if ('values' in ladder) return [];
  const out: Span[] = [];
  let start = 0;
  for (const { upTo, step } of ladder.segments) {
    const end = upTo ?? Number.POSITIVE_INFINITY;
    out.push({ start, step, end });
    start = end;
  }
  return out;
}

export interface LinesAround {
  /** Highest line at or below the value: a value exactly on a line has reached it. */
  below: number | null;
  /** Lowest line strictly above the value. */
  above: number | null;
}

export function linesAround(ladder: Ladder, value: number): LinesAround {
  if (!Number.isFinite(value)) return { below: null, above: null };
  if ('values' in ladder) {
    let below: number | null = null;
    for (const line of ladder.values) {
      if (line > value) return { below, above: line };
      below = line;
    }
    return { below, above: null };
  }
  const all = spans(ladder);
  for (const { start, step, end } of all) {
    if (value >= end) continue;
    if (value < start + step) return { below: start > 0 ? start : null, above: start + step };
    const k = Math.floor((value - start) / step);
    return { below: start + k * step, above: start + (k + 1) * step };
  }
  // Only a ladder whose last segment has an upTo ends; past it there is nothing above.
  const top = all[all.length - 1];
  return { below: top ? top.end : null, above: null };
}

export function isLine(ladder: Ladder, value: number): boolean {
  return linesAround(ladder, value).below === value;
}

/**
 * Lines L with lo < L ≤ hi, ascending: exactly the lines a move between lo and hi passes, in either
 * direction. At most `limit` lines, keeping those nearest `keep` ('top' for a rise, 'bottom' for a fall),
 * so that an absurd jump on an open-ended segment cannot build a huge list.
 */
export function linesIn(
  ladder: Ladder,
  lo: number,
  hi: number,
  limit = 1000,
  keep: 'top' | 'bottom' = 'top',
): number[] {
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  let out: number[];
  if ('values' in ladder) {
    out = ladder.values.filter((line) => line > lo && line <= hi);
  } else {
    out = [];
    const parts: Array<{ start: number; step: number; kMin: number; kMax: number }> = [];
    let total = 0;
    for (const { start, step, end } of spans(ladder)) {
      if (start >= hi) break;
      const kMin = Math.max(1, Math.floor((lo - start) / step) + 1);
      const kMax = Math.min((end - start) / step, Math.floor((hi - start) / step));
      if (kMax < kMin) continue;
      parts.push({ start, step, kMin, kMax });
      total += kMax - kMin + 1;
    }
    let skip = keep === 'top' ? Math.max(0, total - limit) : 0;
    for (const { start, step, kMin, kMax } of parts) {
      const count = kMax - kMin + 1;
      if (skip >= count) {
        skip -= count;
        continue;
      }
      for (let k = kMin + skip; k <= kMax && out.length < limit; k++) out.push(start + k * step);
      skip = 0;
    }
    return out;
  }
  return keep === 'top' ? out.slice(-limit) : out.slice(0, limit);
}
