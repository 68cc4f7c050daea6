// The simulated year's notifications per month, as the benchmark-style table prints them: how many of each
// kind, and the most in one day, with every kind switched on and with the default settings (no falls).
import type { MilestoneEvent } from '../../src/core/milestones';

export interface MonthRow {
  month: string;
  rises: number;
  falls: number;
  highs: number;
  /** The most notifications in one UTC day, every kind on. */
  mostInADay: number;
  /** The same without falls, as the default settings have it. */
  mostInADayNoFalls: number;
}

const dayOf = (at: number): string => new Date(at).toISOString().slice(0, 10);
const isFall = (e: MilestoneEvent): boolean => e.kind === 'crossing' && e.direction === 'down';

function mostInADay(events: readonly MilestoneEvent[]): number {
  const perDay = new Map<string, number>();
  for (const e of events) perDay.set(dayOf(e.at), (perDay.get(dayOf(e.at)) ?? 0) + 1);
  return Math.max(0, ...perDay.values());
}

export function monthRows(notifications: readonly MilestoneEvent[]): MonthRow[] {
  const months = [...new Set(notifications.map((e) => dayOf(e.at).slice(0, 7)))].sort();
  return months.map((month) => {
    const these = notifications.filter((e) => dayOf(e.at).startsWith(month));
    return {
      month,
      rises: these.filter((e) => e.kind === 'crossing' && e.direction === 'up').length,
      falls: these.filter(isFall).length,
      highs: these.filter((e) => e.kind === 'high').length,
      mostInADay: mostInADay(these),
      mostInADayNoFalls: mostInADay(these.filter((e) => !isFall(e))),
    };
  });
}

export function markdownTable(rows: readonly MonthRow[]): string {
  const sum = (pick: (r: MonthRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const max = (pick: (r: MonthRow) => number) => Math.max(0, ...rows.map(pick));
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [
    line(['month', 'rises', 'falls', 'new highs', 'total', 'most in a day', 'most in a day, no falls']),
    line(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...rows.map((r) =>
      line([r.month, r.rises, r.falls, r.highs, r.rises + r.falls + r.highs, r.mostInADay, r.mostInADayNoFalls]),
    ),
    line([
      'year',
      sum((r) => r.rises),
      sum((r) => r.falls),
      sum((r) => r.highs),
      sum((r) => r.rises + r.falls + r.highs),
      max((r) => r.mostInADay),
      max((r) => r.mostInADayNoFalls),
    ]),
  ].join('\n');
}
