// The cases of the framework-page tests, shared by the Chromium and the Firefox suites: the same
// article app opened twice, once where CapLens runs and once as the control (a host the content
// script is not injected on), driven alike and compared after every step.
import { deepStrictEqual, ok } from 'node:assert/strict';
import { TEXT } from './apps/text';
import { type AppState, appState, type SeenNote } from './probe';

const CALM = 'Markets were calm. ';

export interface AppTab {
  state(): Promise<AppState>;
  click(selector: string): Promise<void>;
  /** Console errors and warnings, uncaught exceptions: what a site's error tracker would record. */
  problems(): string[];
  close(): Promise<void>;
}

export interface AppPair {
  /** The page's path, named in every failure. */
  name: string;
  caplens: AppTab;
  control: AppTab;
}

export const readState = appState;

/** Runs `steps` on the pair, then closes both tabs: a test opens several pairs in one browser. */
export async function inPair(pair: AppPair, steps: (pair: AppPair) => Promise<void>): Promise<void> {
  try {
    await steps(pair);
  } finally {
    await Promise.all([pair.caplens.close(), pair.control.close()]);
  }
}

/** The paragraphs with an amount, each of which should carry one note once the page has settled. */
export const ANNOTATED = ['calm', 'lead', 'status', 'swap', 'ticker'];

/** Polls `read` until `check` holds; the error carries the last value seen. */
export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeout} ms; last seen ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const where = (notes: SeenNote[]) => notes.map((note) => note.in ?? '?').sort();
const noteIn = (state: AppState, id: string) => state.notes.find((note) => note.in === id);

type Ready = (state: AppState) => boolean;
const paragraph =
  (id: string, text: string): Ready =>
  (state) =>
    state.paragraphs[id] === text;

/**
 * CapLens's page once it shows what the control shows: every paragraph's text the framework's, the
 * elements the server rendered all kept, and a note on every paragraph in `annotated`.
 */
async function matches(pair: AppPair, annotated: string[], what: string, ready: Ready = () => true) {
  // The control first, once hydrated and done with the step (a refetch takes a moment).
  const control = await until(
    pair.control.state,
    (state) => state.hydrated && ready(state),
    `${pair.name}: control, ${what}`,
  );
  ok(control.ticker.saysPrice, `control ticker: ${control.ticker.text}`);
  const seen = await until(
    pair.caplens.state,
    (state) =>
      state.hydrated &&
      JSON.stringify(state.paragraphs) === JSON.stringify(control.paragraphs) &&
      state.ticker.saysPrice &&
      JSON.stringify(where(state.notes)) === JSON.stringify(annotated),
    `${pair.name}: ${what}`,
  );
  deepStrictEqual(seen.serverKept, control.serverKept, `${pair.name}: server-rendered elements kept`);
  deepStrictEqual(control.serverKept, control.serverRendered, 'the control kept every server-rendered element');
  return seen;
}

function sameProblems(pair: AppPair, step: string) {
  deepStrictEqual(
    pair.caplens.problems(),
    pair.control.problems(),
    `${pair.name}: console and uncaught errors after ${step}`,
  );
}

async function clickBoth(pair: AppPair, selector: string) {
  await pair.control.click(selector);
  await pair.caplens.click(selector);
}

/** Hydration, whenever it comes: no error the control lacks, the server's DOM kept, notes once settled. */
export async function hydrationCase(pair: AppPair): Promise<void> {
  await matches(pair, ANNOTATED, 'hydrated with its notes');
  sameProblems(pair, 'hydration');
  await clickBoth(pair, '#count');
  await until(pair.caplens.state, (s) => s.clicks === 'Clicked 1 times', `${pair.name}: the click was handled`);
  sameProblems(pair, 'a click');
}

/** Every update the app makes: text removed and back, a loading indicator, a swap, a ticker. */
export async function updatesCase(pair: AppPair): Promise<void> {
  await matches(pair, ANNOTATED, 'hydrated with its notes');
  // A conditional piece of text removed from a paragraph that holds a note, then shown again.
  await clickBoth(pair, '#toggle');
  await matches(
    pair,
    ANNOTATED.filter((id) => id !== 'calm'),
    'the conditional text removed',
    paragraph('calm', CALM),
  );
  await clickBoth(pair, '#toggle');
  await matches(pair, ANNOTATED, 'the conditional text back, with its note', paragraph('calm', CALM + TEXT.calm));
  // A loading indicator swapped for the amount on each refetch.
  for (let i = 1; i <= 3; i++) {
    await clickBoth(pair, '#refetch');
    const usd = TEXT.quote + TEXT.step * i;
    const state = await matches(
      pair,
      ANNOTATED,
      `refetch ${i}`,
      paragraph('status', `Bitcoin is $${TEXT.fmt(usd)} right now.`),
    );
    deepStrictEqual(noteIn(state, 'status')?.usd, usd, `the note follows the refetched amount ${i}`);
  }
  // One sentence swapped for another inside a paragraph ({#if}/{:else}).
  for (const [usd, text] of [
    [59_000, TEXT.fell],
    [62_000, TEXT.rose],
  ] as const) {
    await clickBoth(pair, '#flip');
    const state = await matches(pair, ANNOTATED, `swapped to $${usd}`, paragraph('swap', text));
    deepStrictEqual(noteIn(state, 'swap')?.usd, usd, 'the note of the sentence shown');
  }
  sameProblems(pair, 'the updates');
}

/** A price updated every second or two keeps a note showing the cap for the price shown now. */
export async function tickerCase(pair: AppPair, ticks = 3): Promise<void> {
  const first = await matches(pair, ANNOTATED, 'hydrated with its notes');
  let price = first.ticker.price;
  for (let i = 0; i < ticks; i++) {
    const seen = await until(
      pair.caplens.state,
      (s) => s.ticker.price > price && s.ticker.saysPrice && noteIn(s, 'ticker')?.usd === s.ticker.price,
      `${pair.name}: tick ${i + 1}, the note shows the cap for the price shown`,
    );
    price = seen.ticker.price;
  }
  sameProblems(pair, 'the ticks');
}
