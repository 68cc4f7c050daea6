// Pages that change: a live blog that grows in 100 bursts of 100 paragraphs, and a ticker that
// rewrites its price every 50 ms for 30 s. Each is traced three times: with CapLens off for the site
// (the page's own cost), with CapLens on, and with the minimal annotator watching instead.
import type { ReplayServer } from '../replay/server';
import { burstSentences, emptyFeedPage, tickerPage } from './article';
import { type Browser, mainFrameId, type Profile, profile, setSite, settle, sleep, traced } from './harness';
import { MARK_END, MARK_START, MINIMAL_OBSERVER, OBSERVERS, pageReport, waitQuiet } from './inPage';

export type Mode = 'off' | 'caplens' | 'minimal';

export interface DynamicRun {
  profile: Profile;
  notes: number;
  shift: number;
}

export interface DynamicResult {
  bursts: number;
  burstSize: number;
  tickerSeconds: number;
  burst: Record<Mode, DynamicRun>;
  ticker: Record<Mode, DynamicRun>;
}

const breakdown = (p: Profile) =>
  Object.entries(p.by)
    .map(([kind, v]) => `${kind} ${v.toFixed(0)}`)
    .join(' ');

const MINIMAL_URL = 'caplens-minimal.js';
const BURSTS = 100;
const BURST_SIZE = 100;
const BURST_GAP_MS = 100;
const TICK_MS = 50;

/** Appends the bursts, one task each, BURST_GAP_MS apart. */
const RUN_BURSTS = `(async () => {
  const feed = document.getElementById('feed');
  for (const burst of window.__bursts) {
    for (const sentence of burst) {
      const p = document.createElement('p');
      p.textContent = sentence;
      feed.append(p);
    }
    await new Promise((resolve) => setTimeout(resolve, ${BURST_GAP_MS}));
  }
})()`;

const runTicker = (seconds: number) => `new Promise((resolve) => {
  const quote = document.getElementById('quote');
  let price = 61234.5;
  const timer = setInterval(() => {
    price += Math.round((Math.random() - 0.5) * 2000) / 100;
    quote.textContent = '$' + price.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }, ${TICK_MS});
  setTimeout(() => { clearInterval(timer); resolve(); }, ${seconds * 1000});
})`;

async function measure(
  browser: Browser,
  url: string,
  mode: Mode,
  prepare: string | null,
  work: string,
  quiet: boolean,
): Promise<DynamicRun> {
  const { extension } = browser;
  await setSite(extension, mode === 'caplens');
  const page = await extension.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The first reading of the page is done before the window opens: only the changes are measured.
    await sleep(1500);
    await settle(page, 300);
    if (prepare) await page.evaluate(prepare);
    // As a script with a name of its own, so the trace can tell its time from the page's.
    if (mode === 'minimal') await page.addScriptTag({ content: `${MINIMAL_OBSERVER}\n//# sourceURL=${MINIMAL_URL}` });
    const cdp = await extension.context.newCDPSession(page);
    const frame = await mainFrameId(cdp);
    const { result, events } = await traced(cdp, async () => {
      const since = (await page.evaluate(MARK_START)) as number;
      await page.evaluate(work);
      // Work the changes left queued is theirs too.
      if (quiet) await page.evaluate(waitQuiet(1000, 3000));
      else await sleep(1000);
      await page.evaluate(MARK_END);
      return (await page.evaluate(pageReport(since))) as { notes: number; shift: number };
    });
    const scriptUrl = mode === 'caplens' ? '/content.js' : mode === 'minimal' ? MINIMAL_URL : '';
    return {
      profile: profile(events, frame, 'bench:start', 'bench:end', scriptUrl),
      notes: result.notes,
      shift: result.shift,
    };
  } finally {
    await page.close();
  }
}

export async function dynamicBench(
  browser: Browser,
  replay: ReplayServer,
  tickerSeconds: number,
  log: (line: string) => void,
): Promise<DynamicResult> {
  replay.setPage('/bench/live.html', emptyFeedPage(OBSERVERS));
  replay.setPage('/bench/ticker.html', tickerPage(OBSERVERS));
  const bursts = Array.from({ length: BURSTS }, (_, i) => burstSentences(i, BURST_SIZE));
  const prepare = `window.__bursts = ${JSON.stringify(bursts)}`;
  const modes: Mode[] = ['off', 'caplens', 'minimal'];
  const burst = {} as Record<Mode, DynamicRun>;
  const ticker = {} as Record<Mode, DynamicRun>;
  for (const mode of modes) {
    burst[mode] = await measure(browser, `${replay.origin}/bench/live.html`, mode, prepare, RUN_BURSTS, true);
    log(
      `  bursts ${mode.padEnd(8)} cpu ${burst[mode].profile.busyMs.toFixed(0)} ms, longest task ${burst[mode].profile.longestTaskMs.toFixed(1)} ms, ${burst[mode].notes} notes · ${breakdown(burst[mode].profile)}`,
    );
  }
  for (const mode of modes) {
    ticker[mode] = await measure(
      browser,
      `${replay.origin}/bench/ticker.html`,
      mode,
      null,
      runTicker(tickerSeconds),
      false,
    );
    log(
      `  ticker ${mode.padEnd(8)} cpu ${ticker[mode].profile.busyMs.toFixed(0)} ms over ${ticker[mode].profile.windowMs.toFixed(0)} ms, script in content.js ${ticker[mode].profile.scriptInUrlMs.toFixed(0)} ms · ${breakdown(ticker[mode].profile)}`,
    );
  }
  await setSite(browser.extension, true);
  return { bursts: BURSTS, burstSize: BURST_SIZE, tickerSeconds, burst, ticker };
}
