// npm run bench: CapLens measured in the system Chromium with the built extension, every timing as
// a ratio against a floor measured in the same run, the absolute figures beside. One table on
// stdout; the same table and every raw figure in dist/bench/bench.{txt,json} (Playwright empties
// test-results/ at every run, so not there).
//
//   npm run bench -- [--runs N] [--ticker-seconds S] [--wake-seconds S] [--only annotation,dynamic,...]
//                    [--out DIR]   (where bench.txt and bench.json go; dist/bench by default)
//
// Timings are main-thread thread (CPU) time from Chromium's own trace unless a row says otherwise,
// medians of the runs; they are reported, never asserted: shared machines are noisy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../lib/findChromium.mjs';
import { freePort } from '../lib/freePort';
import { startReplayServer } from '../replay/server';
import { type AnnotationResult, annotationBench } from './annotation';
import { pollAlarm, requestsPerRound, storageAfterWeek, wakeUps } from './background';
import { type DynamicResult, dynamicBench } from './dynamic';
import { buildReplay, openBrowser } from './harness';
import { type HydratingResult, hydratingBench } from './hydrating';
import { addFloorPage, type PopupResult, popupBench } from './popup';
import { buildShipped, kB, measureBundles } from './sizes';

const SECTIONS = ['annotation', 'hydrating', 'dynamic', 'popup', 'background', 'sizes'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'ticker-seconds': { type: 'string', default: '30' },
    'wake-seconds': { type: 'string', default: '200' },
    only: { type: 'string' },
    out: { type: 'string', default: 'dist/bench' },
  },
});
const runs = Math.max(1, Number(values.runs));
const tickerSeconds = Number(values['ticker-seconds']);
const wakeSeconds = Number(values['wake-seconds']);
const only = new Set((values.only?.split(',') ?? SECTIONS) as Section[]);
const log = (line: string) => process.stderr.write(`${line}\n`);

type Row = [string, string, string, string, string];
const rows: Row[] = [];
const heading = (title: string) => rows.push([title, '', '', '', '']);
const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const results: Record<string, unknown> = {};

const port = await freePort();
log(`bench: building the replay build (port ${port})…`);
const dist = buildReplay(port);
await addFloorPage(dist);
const replay = await startReplayServer({ port });
const browser = await openBrowser(dist);
let browserOpen = true;
const chromium = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
try {
  if (only.has('annotation')) {
    log('bench: page annotation');
    const a: AnnotationResult = await annotationBench(browser, replay, runs, log);
    results.annotation = a;
    const m = a.median;
    heading(
      `page annotation: ${(a.bytes / 1e6).toFixed(2)} MB article, 1,000 bitcoin mentions among 10,000 other amounts`,
    );
    rows.push([
      `  shipped (stops at ${m.caplens.notes} notes), main-thread CPU`,
      ms(m.caplens.profile.busyMs),
      `${ms(m.minimal.profile.busyMs)} minimal annotator, same notes`,
      ratio(m.caplens.profile.busyMs, m.minimal.profile.busyMs),
      '≤ 1.5×',
    ]);
    rows.push([
      '    against a bare TreeWalker pass',
      ms(m.caplens.profile.busyMs),
      `${ms(m.walk.profile.busyMs)} TreeWalker`,
      ratio(m.caplens.profile.busyMs, m.walk.profile.busyMs),
      '',
    ]);
    rows.push([
      `  whole page (${m.caplensAll.notes} notes, no ceiling), main-thread CPU`,
      ms(m.caplensAll.profile.busyMs),
      `${ms(m.minimalAll.profile.busyMs)} minimal annotator (${m.minimalAll.notes} notes)`,
      ratio(m.caplensAll.profile.busyMs, m.minimalAll.profile.busyMs),
      '≤ 1.5×',
    ]);
    rows.push([
      '    against a bare TreeWalker pass',
      ms(m.caplensAll.profile.busyMs),
      `${ms(m.walk.profile.busyMs)} TreeWalker`,
      ratio(m.caplensAll.profile.busyMs, m.walk.profile.busyMs),
      '',
    ]);
    rows.push([
      '  wall time, start to last note (shipped / whole page)',
      `${ms(m.caplens.wallMs)} / ${ms(m.caplensAll.wallMs)}`,
      `${ms(m.minimal.wallMs)} / ${ms(m.minimalAll.wallMs)} minimal (one task)`,
      ratio(m.caplens.wallMs, m.minimal.wallMs),
      '',
    ]);
    rows.push([
      '  longest main-thread task, wall (shipped / whole page)',
      `${ms(m.caplens.profile.longestTaskMs)} / ${ms(m.caplensAll.profile.longestTaskMs)}`,
      `${ms(m.minimal.profile.longestTaskMs)} / ${ms(m.minimalAll.profile.longestTaskMs)} minimal`,
      ratio(m.caplens.profile.longestTaskMs, m.minimal.profile.longestTaskMs),
      '< 50 ms',
    ]);
    rows.push([
      '  layout shift caused by notes (CLS units)',
      `${m.caplens.shift.toFixed(4)} / ${m.caplensAll.shift.toFixed(4)}`,
      `${m.minimal.shift.toFixed(4)} / ${m.minimalAll.shift.toFixed(4)} minimal`,
      m.minimal.shift > 0 ? ratio(m.caplens.shift, m.minimal.shift) : '—',
      '< 0.1',
    ]);
  }

  if (only.has('hydrating')) {
    log('bench: a hydrating React page');
    const h: HydratingResult = await hydratingBench(browser, runs, log);
    results.hydrating = h;
    heading('hydrating React page: React 18 article app hydrating 1 s after load, CapLens notes over it');
    rows.push([
      '  main-thread CPU, navigation to settled',
      ms(h.median.caplens),
      `${ms(h.median.without)} same page without CapLens`,
      ratio(h.median.caplens, h.median.without),
      '',
    ]);
    rows.push(['    of which the content script', ms(h.median.caplensScript), '', '', '']);
    rows.push([
      '  longest main-thread task, wall',
      ms(h.median.longest),
      `${ms(h.median.longestWithout)} without CapLens`,
      ratio(h.median.longest, h.median.longestWithout),
      '< 50 ms',
    ]);
  }

  if (only.has('dynamic')) {
    log('bench: dynamic pages');
    const d: DynamicResult = await dynamicBench(browser, replay, tickerSeconds, log);
    results.dynamic = d;
    // Script time is counted where it runs (the trace names each function's script), so it does not
    // depend on the page's own cost from one run to the next; the main-thread total above the page's
    // own (the same page with CapLens off) adds the layout and paint the notes cause, and its noise.
    const script = (r: 'burst' | 'ticker', mode: 'caplens' | 'minimal') => d[r][mode].profile.scriptInUrlMs;
    const above = (r: 'burst' | 'ticker', mode: 'caplens' | 'minimal') =>
      d[r][mode].profile.busyMs - d[r].off.profile.busyMs;
    heading(
      `dynamic pages: ${d.bursts} bursts of ${d.burstSize} nodes; a ticker rewriting every 50 ms for ${d.tickerSeconds} s`,
    );
    rows.push([
      '  cost per burst: annotator script',
      ms(script('burst', 'caplens') / d.bursts),
      `${ms(script('burst', 'minimal') / d.bursts)} minimal observer`,
      ratio(script('burst', 'caplens'), script('burst', 'minimal')),
      '≤ 1.5×',
    ]);
    rows.push([
      `    main-thread CPU above the page's own ${ms(d.burst.off.profile.busyMs / d.bursts)} a burst`,
      ms(above('burst', 'caplens') / d.bursts),
      `${ms(above('burst', 'minimal') / d.bursts)} minimal observer`,
      '',
      '',
    ]);
    rows.push([
      '  longest task during the bursts',
      ms(d.burst.caplens.profile.longestTaskMs),
      `${ms(d.burst.off.profile.longestTaskMs)} page alone`,
      ratio(d.burst.caplens.profile.longestTaskMs, d.burst.off.profile.longestTaskMs),
      '< 50 ms',
    ]);
    const share = (v: number) => `${((v / (d.ticker.caplens.profile.windowMs || 1)) * 100).toFixed(2)}% of a core`;
    rows.push([
      '  live ticker: content-script CPU (script)',
      `${ms(script('ticker', 'caplens'))} (${share(script('ticker', 'caplens'))})`,
      `${ms(script('ticker', 'minimal'))} minimal observer`,
      ratio(script('ticker', 'caplens'), script('ticker', 'minimal')),
      '≤ 1.5×',
    ]);
    rows.push([
      `    main-thread CPU above the page's own ${ms(d.ticker.off.profile.busyMs)}`,
      ms(above('ticker', 'caplens')),
      `${ms(above('ticker', 'minimal'))} minimal observer`,
      '',
      '',
    ]);
  }

  if (only.has('popup')) {
    log('bench: popup');
    const p: PopupResult = await popupBench(browser, Math.max(runs, 5) * 2, log);
    results.popup = p;
    heading('popup');
    rows.push([
      '  opening to first painted figure (from stored state)',
      ms(p.popup),
      `${ms(p.floor)} empty Preact page, same size`,
      ratio(p.popup, p.floor),
      '≤ 100 ms',
    ]);
  }

  if (only.has('background')) {
    log('bench: background');
    const one = await requestsPerRound(browser, replay, 1);
    const twenty = await requestsPerRound(browser, replay, 20);
    const alarm = await pollAlarm(browser);
    log(
      `  requests: 1 tab ${one.requests} (${one.rounds} rounds), 20 tabs ${twenty.requests} (${twenty.rounds} rounds)`,
    );
    const storage = await storageAfterWeek(browser);
    // In a browser of its own, with nothing else asking the replay server: the first one closes.
    await browser.close();
    browserOpen = false;
    const wake = wakeSeconds > 0 ? await wakeUps(dist, replay, wakeSeconds) : null;
    if (wake)
      log(
        `  wake-ups: ${wake.starts} starts, ${wake.rounds} rounds in ${wake.windowSeconds} s, alive ${wake.aliveSeconds.toFixed(0)} s`,
      );
    results.background = { one, twenty, alarm, wake, storage };
    heading('background');
    rows.push([
      '  requests in one polling round, 20 tabs open',
      `${twenty.requests} (${twenty.rounds} round${twenty.rounds === 1 ? '' : 's'})`,
      `${one.requests} with 1 tab (${one.rounds} round${one.rounds === 1 ? '' : 's'})`,
      ratio(twenty.requests, one.requests),
      '1.00× (one round)',
    ]);
    // Measured as starts per round over the window, times the rounds an hour at the alarm's period:
    // a window of a few minutes holds a whole number of alarms, an hour's rate from it would not.
    const perHour = wake ? wake.startsPerRound * alarm.perHour : alarm.perHour;
    rows.push([
      `  service-worker wake-ups per hour, polling every ${alarm.periodMinutes} min`,
      wake
        ? `${perHour.toFixed(0)} (${wake.starts} starts, ${wake.rounds} rounds in ${wake.windowSeconds} s)`
        : `${alarm.perHour.toFixed(0)} (from the alarm only)`,
      `${alarm.perHour.toFixed(0)} alarm firings`,
      wake ? ratio(perHour, alarm.perHour) : '—',
      '1.00× (one per alarm)',
    ]);
    rows.push([
      '  storage.local after a simulated week',
      `${kB(storage.bytes)} (${storage.historySamples} samples)`,
      `${kB(storage.historyBytes)} the samples as JSON`,
      ratio(storage.bytes, storage.historyBytes),
      `${((storage.bytes / storage.quotaBytes) * 100).toFixed(1)}% of 10 MB`,
    ]);
  }

  if (only.has('sizes')) {
    log('bench: sizes (shipped build)');
    const shipped = buildShipped();
    try {
      const bundles = measureBundles(shipped.dist);
      results.sizes = bundles;
      heading('sizes: the shipped build, each entry with every file it loads');
      for (const b of bundles) {
        rows.push([
          `  ${b.name} (${b.files.length} file${b.files.length === 1 ? '' : 's'})`,
          `${kB(b.bytes)} min, ${kB(b.gzipBytes)} gz`,
          b.budget === null ? 'no budget' : `${kB(b.budget)} budget`,
          b.budget === null ? '' : ratio(b.bytes, b.budget),
          b.budget === null ? '' : b.bytes <= b.budget ? '≤ 1.00× ✓' : '≤ 1.00× ✗',
        ]);
      }
    } finally {
      shipped.remove();
    }
  }
} finally {
  if (browserOpen) await browser.close();
  await replay.close();
  rmSync(dirname(dist), { recursive: true, force: true });
}

const header: Row = ['measure', 'CapLens', 'floor (same run)', 'ratio', 'aim'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
const line = (r: Row) =>
  r[1] === '' && r[2] === ''
    ? r[0]
    : r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
const machine = `${type()} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${(totalmem() / 2 ** 30).toFixed(0)} GB · ${chromium} · Node ${process.version}`;
const table = [
  `CapLens benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, medians of ${runs} run${runs === 1 ? '' : 's'}`,
  machine,
  '',
  line(header),
  widths.map((w) => '-'.repeat(w)).join('  '),
  ...rows.map(line),
].join('\n');
console.log(table);
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'bench.txt'), `${table}\n`);
writeFileSync(join(values.out, 'bench.json'), JSON.stringify({ machine, runs, results }, null, 2));
