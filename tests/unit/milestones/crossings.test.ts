import { describe, expect, it } from 'vitest';
import {
  type Crossing,
  DEFAULT_CAP_LADDER,
  DEFAULT_PRICE_LADDER,
  type Ladder,
  type LineMemory,
  parseLadder,
  startLines,
  stepLines,
} from '../../../src/core/milestones';

const T = 1e12;
const MINUTE = 60_000;

/** Feeds readings one by one, JSON round-tripping the memory between them as storage does. */
function run(ladder: Ladder, values: number[], marginPct?: number): { crossings: Crossing[]; memory: LineMemory } {
  let memory = startLines(ladder, values[0], marginPct);
  const crossings: Crossing[] = [];
  for (const [i, value] of values.slice(1).entries()) {
    const step = stepLines(ladder, JSON.parse(JSON.stringify(memory)), value, (i + 1) * MINUTE, marginPct);
    crossings.push(...step.crossings);
    memory = step.memory;
  }
  return { crossings, memory };
}

describe('crossings with hysteresis', () => {
  it('announces a price hovering at $100,000 once', () => {
    const { crossings } = run(
      DEFAULT_PRICE_LADDER,
      [98_000, 100_050, 99_800, 100_200, 99_900, 100_000, 99_600, 100_400],
    );
    expect(crossings).toEqual([{ direction: 'up', line: 100_000, alsoCrossed: [] }]);
  });

  it('announces the line again only after a fall of at least the margin under it', () => {
    // Up at 100,050; 101,000 is well above, and the dip to 99,900 still says nothing; 99,500 is 0.5 % under.
    const { crossings } = run(DEFAULT_PRICE_LADDER, [98_000, 100_050, 101_000, 99_900, 100_100, 99_500, 100_100]);
    expect(crossings).toEqual([
      { direction: 'up', line: 100_000, alsoCrossed: [] },
      { direction: 'down', line: 100_000, alsoCrossed: [] },
      { direction: 'up', line: 100_000, alsoCrossed: [] },
    ]);
  });

  it('announces a fall straight through the margin', () => {
    const { crossings } = run(DEFAULT_PRICE_LADDER, [98_000, 100_050, 99_400, 100_100]);
    expect(crossings.map((c) => c.direction)).toEqual(['up', 'down', 'up']);
  });

  it('treats exactly the line as reached', () => {
    expect(run(DEFAULT_PRICE_LADDER, [95_000, 100_000]).crossings).toEqual([
      { direction: 'up', line: 100_000, alsoCrossed: [] },
    ]);
  });

  it('does not announce a first reading a hair from a line, nor its wobble right after', () => {
    expect(run(DEFAULT_PRICE_LADDER, [100_020, 99_950, 100_010]).crossings).toEqual([]);
    expect(run(DEFAULT_PRICE_LADDER, [99_980, 100_010, 99_950]).crossings).toEqual([]);
    expect(startLines(DEFAULT_PRICE_LADDER, 100_020).held).toEqual([]);
    expect(startLines(DEFAULT_PRICE_LADDER, 99_980).held).toEqual([100_000]);
    expect(startLines(DEFAULT_PRICE_LADDER, 99_500).held).toEqual([]);
  });

  it('reports a jump across three lines as one crossing naming the highest', () => {
    const { crossings, memory } = run(DEFAULT_CAP_LADDER, [1.2 * T, 1.8 * T]);
    expect(crossings).toEqual([{ direction: 'up', line: 1.75 * T, alsoCrossed: [1.25 * T, 1.5 * T] }]);
    expect(memory).toMatchObject({ last: 1.8 * T, held: [] });
  });

  it('reports a fall across three lines as one crossing naming the lowest', () => {
    const { crossings } = run(DEFAULT_CAP_LADDER, [2.3 * T, 1.6 * T]);
    expect(crossings).toEqual([{ direction: 'down', line: 1.75 * T, alsoCrossed: [2.25 * T, 2 * T] }]);
    const step = stepLines(DEFAULT_CAP_LADDER, { last: 2.3 * T, held: [], busy: [] }, 1.6 * T, 0);
    expect(step.passed.map((p) => p.line)).toEqual([2.25 * T, 2 * T, 1.75 * T]);
  });

  it('holds only the lines the reading dipped under by less than the margin', () => {
    const step = stepLines(DEFAULT_PRICE_LADDER, { last: 101_000, held: [], busy: [] }, 99_900, 0);
    expect(step.memory.held).toEqual([100_000]);
    expect(step.crossings).toEqual([]);
    expect(stepLines(DEFAULT_PRICE_LADDER, step.memory, 100_600, 0).memory.held).toEqual([]);
    const fell = stepLines(DEFAULT_PRICE_LADDER, step.memory, 99_400, 0);
    expect(fell.memory.held).toEqual([]);
    expect(fell.crossings).toEqual([{ direction: 'down', line: 100_000, alsoCrossed: [] }]);
  });

  it('forgets held lines that the user took off the ladder', () => {
    const ladder = parseLadder({ values: [50_000, 150_000] });
    const step = stepLines(ladder, { last: 99_900, held: [100_000], busy: [] }, 99_400, 0);
    expect(step.memory.held).toEqual([]);
    expect(step.crossings).toEqual([]);
  });

  it('with no margin, every crossing counts', () => {
    const { crossings } = run(DEFAULT_PRICE_LADDER, [99_990, 100_010, 99_990, 100_010], 0);
    expect(crossings.map((c) => c.direction)).toEqual(['up', 'down', 'up']);
  });

  it('rejects a margin that is no margin', () => {
    expect(() => startLines(DEFAULT_PRICE_LADDER, 100, -1)).toThrow(RangeError);
    expect(() => stepLines(DEFAULT_PRICE_LADDER, { last: 1, held: [], busy: [] }, 2, 0, Number.NaN)).toThrow(
      RangeError,
    );
  });
});
