// Time that grows with the input, checked without a clock limit: the same work on an input sixteen
// times as long, timed in the same run, takes about 16 times as long when it is linear, 256 times when it
// is quadratic, and for ever when a pattern backtracks catastrophically. Each size is timed five times
// and the fastest kept, so a pause of the machine does not count.

/** The fastest of five runs of `work`, in milliseconds. */
function fastest(work: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** How many times longer `work` takes on input(16n) than on input(n). */
export function growthOnSixteenTimesTheInput<T>(
  input: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
): number {
  const small = input(n);
  const large = input(16 * n);
  // Timer grain: below 0.1 ms a run reads as 0.1 ms, so a very fast small input cannot make the ratio explode.
  return (
    Math.max(
      fastest(() => work(large)),
      0.1,
    ) /
    Math.max(
      fastest(() => work(small)),
      0.1,
    )
  );
}

/**
 * Far under quadratic's 256, six times linear's 16. The parser is not quite linear on some inputs (a
 * run of "$1-" or "$1 " grows about 50 times: allocation and garbage collection for 20,000 amounts),
 * and a busy machine needs room on top.
 */
export const GROWTH_LIMIT = 100;
