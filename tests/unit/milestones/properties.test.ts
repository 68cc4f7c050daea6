// The hysteresis and high rules over random price paths (fast-check): whatever the path, a line is never said
// twice in one direction without a real excursion between, one round says at most one crossing per metric,
// and at most one new high is said a day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CrossingEvent,
  initialMilestoneMemory,
  loadMilestoneMemory,
  type MilestoneEvent,
  observe,
} from '../../../src/core/milestones';

const SUPPLY = 19_950_000;
const MINUTE = 60_000;
const START = Date.parse('2026-06-01T00:00:00Z');
const MARGIN = 0.005;

interface Step {
  /** Log-return of the step. */
  move: number;
  /** Minutes since the reading before (a closed browser: up to eight days). */
  minutes: number;
}

// Mostly moves of under 1.5 % from a start near a line, so paths hover around lines as prices do; a few jumps.
const step: fc.Arbitrary<Step> = fc.record({
  move: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: -150, max: 150 }).map((bp) => bp / 10_000) },
    { weight: 1, arbitrary: fc.double({ min: -0.3, max: 0.3, noNaN: true }) },
  ),
  minutes: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 60, max: 8 * 24 * 60 }) },
  ),
});
const nearLine = fc
  .tuple(fc.constantFrom(90_000, 100_000, 125_000, 150_000), fc.double({ min: -0.01, max: 0.01, noNaN: true }))
  .map(([line, off]) => Math.round(line * (1 + off)));
const path = fc.record({ start: nearLine, steps: fc.array(step, { minLength: 20, maxLength: 200 }) });

interface Round {
  at: number;
  price: number;
  cap: number;
  events: MilestoneEvent[];
}

/** The path through the core, the memory stored (JSON) between readings as the background does. */
function walk({ start, steps }: { start: number; steps: Step[] }): Round[] {
  let memory = initialMilestoneMemory();
  let price = start;
  let at = START;
  const rounds: Round[] = [];
  for (const s of [{ move: 0, minutes: 0 }, ...steps]) {
    price = Math.round(price * Math.exp(s.move) * 100) / 100;
    at += s.minutes * MINUTE;
    const cap = price * SUPPLY;
    const out = observe(loadMilestoneMemory(JSON.parse(JSON.stringify(memory))), { price, cap, currency: 'USD' }, at);
    rounds.push({ at, price, cap, events: out.events });
    memory = out.memory;
  }
  return rounds;
}

const isCrossing = (e: MilestoneEvent): e is CrossingEvent => e.kind === 'crossing';

describe('over random paths', () => {
  it('a line is said again in a direction only after a real excursion, and rises and falls alternate', () => {
    fc.assert(
      fc.property(path, (p) => {
        const rounds = walk(p);
        const said = new Map<string, Array<{ round: number; direction: string }>>();
        for (const [i, round] of rounds.entries()) {
          for (const e of round.events.filter(isCrossing)) {
            for (const line of [...e.alsoCrossed, e.line]) {
              const key = `${e.metric} ${line}`;
              said.set(key, [...(said.get(key) ?? []), { round: i, direction: e.direction }]);
            }
          }
        }
        for (const [key, list] of said) {
          const [metric, lineText] = key.split(' ');
          const line = Number(lineText);
          for (let i = 1; i < list.length; i++) {
            expect(list[i].direction).not.toBe(list[i - 1].direction);
            if (i < 2) continue;
            const between = rounds
              .slice(list[i - 2].round + 1, list[i].round)
              .map((r) => (metric === 'price' ? r.price : r.cap));
            if (list[i].direction === 'up') expect(Math.min(...between)).toBeLessThanOrEqual(line * (1 - MARGIN));
            else expect(Math.max(...between)).toBeGreaterThanOrEqual(line);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('one round says at most one crossing per metric, naming the furthest line it passed', () => {
    fc.assert(
      fc.property(path, (p) => {
        for (const round of walk(p)) {
          for (const metric of ['price', 'cap'] as const) {
            const crossings = round.events.filter(isCrossing).filter((e) => e.metric === metric);
            expect(crossings.length).toBeLessThanOrEqual(1);
            for (const e of crossings) {
              const all = [e.line, ...e.alsoCrossed];
              expect(e.line).toBe(e.direction === 'up' ? Math.max(...all) : Math.min(...all));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('at most one new all-time high is said in any 24 hours', () => {
    // Paths that start at the shipped high and rise: highs all the way.
    const rising = fc.record({
      start: fc.integer({ min: 120_000, max: 130_000 }),
      steps: fc.array(
        fc.record({
          move: fc.double({ min: -0.004, max: 0.02, noNaN: true }),
          minutes: fc.integer({ min: 1, max: 600 }),
        }),
        { minLength: 20, maxLength: 200 },
      ),
    });
    fc.assert(
      fc.property(rising, (p) => {
        const highs = walk(p).flatMap((r) => r.events.filter((e) => e.kind === 'high').map((e) => e.at));
        for (let i = 1; i < highs.length; i++) expect(highs[i] - highs[i - 1]).toBeGreaterThanOrEqual(24 * 60 * MINUTE);
      }),
      { numRuns: 150 },
    );
  });
});
