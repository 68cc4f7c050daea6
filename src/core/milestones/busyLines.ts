// A line the price keeps returning to is less news each time. Bitcoin moves about half a percent an hour, so a
// price that drifts through a line revisits it many times over days, and a fixed 0.5 % band would say "back
// above" after every half-percent dip, several times a day. So each rise announced within 30 days of the last
// one at the same line widens that line's band fourfold: the first repeat needs a fall of 0.5 % under the line
// (an hour's move), the next one 2 % (a day's), then 8 % (a month's). 30 days without a rise announced there
// give the line its 0.5 % again.
export interface BusyLine {
  line: number;
  /** Rises announced at this line, each within the window of the one before. */
  count: number;
  /** When the last of them was announced, ms since the epoch. */
  at: number;
}

export const BUSY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const WIDENING = 4;
const MAX_COUNT = 3;

/** The band under `line` a reading must leave for the line to fall: the margin, widened if the line is busy. */
export function bandPct(busy: readonly BusyLine[], line: number, now: number, marginPct: number): number {
  const entry = busy.find((b) => b.line === line);
  if (!entry || now - entry.at >= BUSY_WINDOW_MS) return marginPct;
  return marginPct * WIDENING ** (entry.count - 1);
}

/** The busy lines after rises announced at `lines` now; lines quiet for the window are dropped. */
export function recordRises(busy: readonly BusyLine[], lines: readonly number[], now: number): BusyLine[] {
  const recent = busy.filter((b) => now - b.at < BUSY_WINDOW_MS && !lines.includes(b.line));
  const risen = lines.map((line): BusyLine => {
    const entry = busy.find((b) => b.line === line && now - b.at < BUSY_WINDOW_MS);
    return { line, count: Math.min(MAX_COUNT, (entry?.count ?? 0) + 1), at: now };
  });
  return [...recent, ...risen].sort((a, b) => a.line - b.line);
}
