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
//
// Hysteresis: each line is a Schmitt trigger with two thresholds, the line itself and the margin (0.5 % by
// default) under it. A line below is announced as risen the moment a reading reaches it (≥ the line counts
// as above); a line above is announced as fallen only when a reading is at least the margin under it. Between
// the two nothing changes, so a price that touched $100,000 and then wobbles between $99,500 and $100,400 is
// announced once, however many times it dips under; only a real fall re-arms the line for the next rise.
// Rises sit on the line because "tops $100,000" is said when the price is $100,000. Falls sit under it
// because a fall announced at the line would either be repeated after each small rise over it, or leave
// the next real rise unannounced; with the fall threshold at the margin, rises and falls alternate and each
// needs a move across the whole margin.
//
// A line announced again and again within 30 days gets a wider band under it (busyLines.ts).
//
// The memory is the last value, the lines that are above (announced, or passed) while the last reading is
// under them by less than their band (every other line is on the side of the last value), and the busy lines. Plain JSON,
// since the service worker can be stopped between any two readings.
import { BUSY_WINDOW_MS, bandPct, recordRises } from './busyLines';
import { isLine, type Ladder, linesIn } from './ladder';
import type { Direction, LineMemory } from './types';

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

/** Whether `value` is clearly under `line`: at least `bandPct` of it. */
export function isClearlyUnder(value: number, line: number, bandPct: number): boolean {
  return value < line && line - value >= (line * bandPct) / 100;
}

export function checkMargin(marginPct: number): void {
  if (!Number.isFinite(marginPct) || marginPct < 0 || marginPct > 10) {
    throw new RangeError(`hysteresis margin must be between 0 and 10 percent, got ${String(marginPct)}`);
  }
}

/** Lines above `value` that it is not clearly under: the ones within the margin over it. */
function linesJustAbove(ladder: Ladder, value: number, marginPct: number): number[] {
  const m = marginPct / 100;
  const top = m < 1 ? value / (1 - m) : Number.MAX_VALUE;
  return linesIn(ladder, value, top).filter((line) => line > value && !isClearlyUnder(value, line, marginPct));
}

/**
 * Memory for the first reading ever seen (or after the memory was lost). A reading a hair under a line is not
 * clearly under it: the line counts as reached, so the wobble over it right after install is not news.
 */
export function startLines(ladder: Ladder, value: number, marginPct = DEFAULT_MARGIN_PCT): LineMemory {
  checkMargin(marginPct);
  return { last: value, held: linesJustAbove(ladder, value, marginPct), busy: [] };
}

/** The next reading, at `now`: which lines it crosses, and the memory to keep for the one after. */
export function stepLines(
  ladder: Ladder,
  memory: LineMemory,
  value: number,
  now: number,
  marginPct = DEFAULT_MARGIN_PCT,
): LineStep {
  checkMargin(marginPct);
  // Held lines that are no longer on the ladder (the user edited it) are forgotten.
  const held = memory.held.filter((line) => isLine(ladder, line));
  const busy = memory.busy.filter((b) => isLine(ladder, b.line));
  const { last } = memory;
  const passed: PassedLine[] = [];
  let nextHeld: number[];
  if (value >= last) {
    // Rising: lines reached that were below are news; held lines reached again are simply above.
    const reached = linesIn(ladder, last, value, 1000, 'top');
    for (const line of reached) if (!held.includes(line)) passed.push({ line, direction: 'up' });
    nextHeld = held.filter((line) => line > value);
  } else {
    // Falling: every line above (under the last value, or held) that the reading is clearly under has fallen;
    // the others it dipped under are held.
    const above = [...new Set([...linesIn(ladder, value, last, 1000, 'bottom'), ...held])].sort((a, b) => b - a);
    nextHeld = [];
    for (const line of above) {
      if (line <= value) continue;
      if (isClearlyUnder(value, line, bandPct(busy, line, now, marginPct))) passed.push({ line, direction: 'down' });
      else nextHeld.push(line);
    }
  }
  const crossings: Crossing[] =
    passed.length === 0
      ? []
      : [
          {
            direction: passed[0].direction,
            line: passed[passed.length - 1].line,
            alsoCrossed: passed.slice(0, -1).map((p) => p.line),
          },
        ];
  const rises = passed.filter((p) => p.direction === 'up').map((p) => p.line);
  const memoryAfter: LineMemory = {
    last: value,
    held: nextHeld.sort((a, b) => a - b),
    busy: rises.length > 0 || busy.some((b) => now - b.at >= BUSY_WINDOW_MS) ? recordRises(busy, rises, now) : busy,
  };
  return { memory: memoryAfter, crossings, passed };
}
