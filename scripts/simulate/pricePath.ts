// A year of bitcoin prices a minute apart, as the extension would read them: a trend through a level for the end
// of each month (a slow first half, a November like 2024's, +40 % in the month, a pull-back in December), and
// around it a random walk with bitcoin's volatility (0.07 % standard deviation a minute, about 2.7 % a day) plus
// jumps of 3–8 % a few times a month, drawn back to the trend with a half-life of three days. Days when the
// browser is closed leave gaps of hours to a week, two of them across several lines at once.
import type { Random } from './prng';

export const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const YEAR_START = Date.parse('2027-01-01T00:00:00Z');
export const YEAR_MINUTES = 365 * 24 * 60;

/** The trend's dollar price at the start of the year and at the end of each month, January to December. */
const START_USD = 100_000;
const MONTH_END_USD = [
  104_000, 97_000, 103_000, 99_000, 108_000, 104_000, 108_000, 102_000, 110_000, 126_000, 176_000, 155_000,
];
const HALF_LIFE_MINUTES = 3 * 24 * 60;

/** Scripted closures: [day of the year, days closed, the move over the closure]. */
const BIG_GAPS: Array<[day: number, days: number, move: number]> = [
  [40, 7, -0.33], // in dollars: $90,000, $80,000 and $70,000 fall while the browser is closed
  [230, 5, -0.25], // in euros: the cap falls through €2 trillion and €1.75 trillion at once
];

export interface Reading {
  at: number;
  usd: number;
}

/** The trend's log-price at a minute of the year: geometric between the month-end levels. */
function trendAt(at: number): number {
  const d = new Date(at);
  const month = d.getUTCMonth();
  const from = Date.UTC(d.getUTCFullYear(), month, 1);
  const to = Date.UTC(d.getUTCFullYear(), month + 1, 1);
  const start = Math.log(month === 0 ? START_USD : MONTH_END_USD[month - 1]);
  const end = Math.log(MONTH_END_USD[month]);
  return start + ((end - start) * (at - from)) / (to - from);
}

interface Closure {
  until: number;
  /** Log-move spread over the closure's minutes, on top of the walk. */
  pushPerMinute: number;
}

export function pricePath(random: Random, sdPerMinute = 0.0007): Reading[] {
  const readings: Reading[] = [];
  const pull = Math.LN2 / HALF_LIFE_MINUTES;
  const scripted = new Map(BIG_GAPS.map(([day, days, move]) => [YEAR_START + day * DAY, { days, move }]));
  /** Log-distance from the trend. */
  let off = 0;
  let closure: Closure | null = null;
  for (let i = 0; i < YEAR_MINUTES; i++) {
    const at = YEAR_START + i * MINUTE;
    off += -pull * off + sdPerMinute * random.normal();
    // About three jumps a month, 3 to 8 % either way.
    if (random.next() < 3 / (30 * 24 * 60)) off += (random.next() < 0.5 ? -1 : 1) * random.between(0.03, 0.08);
    const planned = scripted.get(at);
    if (planned) {
      // Pushed against the pull, so that the reading after the closure is the planned move away.
      const minutes = planned.days * 24 * 60;
      const pushPerMinute = (Math.log(1 + planned.move) * pull) / (1 - (1 - pull) ** minutes);
      closure = { until: at + planned.days * DAY, pushPerMinute };
    } else if (!closure && random.next() < 1 / (7 * 24 * 60)) {
      // A closure about once a week, from two hours to a week (log-uniform: mostly hours).
      const hours = Math.exp(random.between(Math.log(2), Math.log(7 * 24)));
      closure = { until: at + hours * 60 * MINUTE, pushPerMinute: 0 };
    }
    if (closure) off += closure.pushPerMinute;
    if (closure && at >= closure.until) closure = null;
    if (!closure) readings.push({ at, usd: Math.round(Math.exp(trendAt(at) + off) * 100) / 100 });
  }
  return readings;
}
