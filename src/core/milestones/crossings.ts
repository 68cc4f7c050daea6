// Crossings of ladder lines between one reading and the next, with hysteresis.
//
// A jump across several lines at once is reported as ONE crossing that names the furthest line passed
// (the highest going up, the lowest going down), with the others listed in `alsoCrossed`. Why:
// - the furthest line is the news: "Bitcoin's market cap tops $1.5 trillion" already says it passed
//   $1.25 trillion, and three notifications from one polling round would bury the one that matters;
// - "for the first time" follows: if any line passed is a first, the highest one is, so the single
//   event never hides a first behind a repeat;
// - nothing is lost: every passed line still updates the hysteresis memory and, when it is a first,
//   gets its own row in the history of first crossings; the timeline can show `alsoCrossed`.
// A step that moves down as well as up (possible only around held lines) yields at most one crossing
// per direction.
//
// Hysteresis: a line is announced as soon as a reading reaches it (≥ the line counts as above), then it is
// held until a reading is at least the margin (0.5 % by default) away from it, on either side. While held,
// going back across it says nothing; so a price hovering at $100,000 is announced once. Once a reading
// has moved the margin away, the next crossing of that line is announced again.
// The memory is the last value plus the held lines with their announced side: plain JSON, since the
// service worker can be stopped between any two readings.
import { isLine, type Ladder, linesIn } from './ladder';
import type { Direction, HeldLine, LineMemory, Side } from './types';

export const DEFAULT_MARGIN_PCT = 0.5;

export interface Crossing {
  direction: Direction;
  /** The furthest line passed. */
  line: number;
  /** The other lines passed, in the order passed. */
  alsoCrossed: number[];
}

export interface PassedLine {
  line: number;
  direction: Direction;
}

export interface LineStep {
  memory: LineMemory;
  crossings: Crossing[];
  /** Every line passed in this step, one by one, in order. */
  passed: PassedLine[];
}

const sideOf = (value: number, line: number): Side => (value >= line ? 'above' : 'below');

function isAway(value: number, line: number, marginPct: number): boolean {
  return Math.abs(value - line) >= (line * marginPct) / 100;
}

export function checkMargin(marginPct: number): void {
  if (!Number.isFinite(marginPct) || marginPct < 0 || marginPct > 10) {
    throw new RangeError(`hysteresis margin must be between 0 and 10 percent, got ${String(marginPct)}`);
  }
}

/**
 * Memory for the first reading ever seen (or after the memory was lost). Lines within the margin of it are
 * held, as if just announced: a reading a hair either side of a line right after install is not news.
 */
export function startLines(ladder: Ladder, value: number, marginPct = DEFAULT_MARGIN_PCT): LineMemory {
  checkMargin(marginPct);
  const m = marginPct / 100;
  const near = linesIn(ladder, value / (1 + m), m < 1 ? value / (1 - m) : Number.MAX_VALUE);
  const held = near
    .filter((line) => !isAway(value, line, marginPct))
    .map((line): HeldLine => ({ line, side: sideOf(value, line) }));
  return { last: value, held };
}

/** The next reading: which lines it crosses, and the memory to keep for the one after. */
export function stepLines(ladder: Ladder, memory: LineMemory, value: number, marginPct = DEFAULT_MARGIN_PCT): LineStep {
  checkMargin(marginPct);
  // Held lines that are no longer on the ladder (the user edited it) are forgotten.
  const held = new Map(memory.held.filter((h) => isLine(ladder, h.line)).map((h) => [h.line, h.side] as const));
  const { last } = memory;
  const rising = value >= last;
  const between = linesIn(ladder, Math.min(last, value), Math.max(last, value), 1000, rising ? 'top' : 'bottom');
  const candidates = [...new Set([...between, ...held.keys()])].sort((a, b) => a - b);
  if (!rising) candidates.reverse();

  const nextHeld: HeldLine[] = [];
  const passed: PassedLine[] = [];
  for (const line of candidates) {
    const announced = held.get(line) ?? sideOf(last, line);
    const now = sideOf(value, line);
    const away = isAway(value, line, marginPct);
    const armed = !held.has(line) || away;
    if (now !== announced && armed) {
      passed.push({ line, direction: now === 'above' ? 'up' : 'down' });
      if (!away) nextHeld.push({ line, side: now });
    } else if (held.has(line) && !away) {
      nextHeld.push({ line, side: announced });
    }
  }

  const crossings: Crossing[] = [];
  for (const direction of ['up', 'down'] as const) {
    const lines = passed.filter((p) => p.direction === direction).map((p) => p.line);
    if (lines.length === 0) continue;
    crossings.push({ direction, line: lines[lines.length - 1], alsoCrossed: lines.slice(0, -1) });
  }
  nextHeld.sort((a, b) => a.line - b.line);
  return { memory: { last: value, held: nextHeld }, crossings, passed };
}
