// Time that grows with the input, checked without a clock limit. The same work on an input sixteen
// times as long is timed against sixteen runs on the short input, in the same run: the same amount of
// work when it is linear, so the two take about as long and a busy machine slows both alike; sixteen
// times as long when it is quadratic, and for ever when a pattern backtracks catastrophically. The
// two are timed in turn, five times each, and the fastest of each kept, so a pause does not count.

/** How many times longer `work` takes on input(16n) than sixteen times on input(n). */
export function growthOverLinear<T>(input: (n: number) => T, work: (input: T) => unknown, n: number): number {
  const small = input(n);
  const large = input(16 * n);
  let once = Number.POSITIVE_INFINITY;
  let sixteen = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 5; trial++) {
    let started = performance.now();
    work(large);
    once = Math.min(once, performance.now() - started);
    started = performance.now();
    for (let i = 0; i < 16; i++) work(small);
    sixteen = Math.min(sixteen, performance.now() - started);
  }
  // Timer grain: below 0.1 ms a run reads as 0.1 ms, so a very fast control cannot make the ratio explode.
  return Math.max(once, 0.1) / Math.max(sixteen, 0.1);
}

/**
 * Half of quadratic's 16. The parser is not quite linear on some inputs (a run of "$1-" or "$1 "
 * takes about three times its control: allocation and garbage collection for 20,000 amounts), and a
 * busy machine needs room on top.
 */
export const GROWTH_LIMIT = 8;
