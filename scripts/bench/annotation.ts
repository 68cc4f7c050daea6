// Page annotation: the generated 2 MB article, annotated by the extension and by the two floors,
// each on a freshly loaded copy of the page, traced from the start of the work to two frames after it.
import { build } from 'vite';
import type { ReplayServer } from '../replay/server';
import { ARTICLE, generateArticle } from './article';
import { type Browser, mainFrameId, median, type Profile, profile, setSite, settle, traced } from './harness';
import { BARE_WALK, MARK_END, MARK_START, minimalAnnotator, OBSERVERS, pageReport, waitQuiet } from './inPage';

export type Variant = 'walk' | 'minimal' | 'caplens' | 'minimalAll' | 'caplensAll';

export interface Measurement {
  profile: Profile;
  /** From the start mark to the last note in the DOM (floors: their own synchronous run), ms. */
  wallMs: number;
  notes: number;
  /** Layout shift reported by the page after the start mark. */
  shift: number;
}

export interface AnnotationResult {
  bytes: number;
  runs: Record<Variant, Measurement[]>;
  median: Record<Variant, Measurement>;
}

const PAGE_PATH = '/bench/article.html';
const INJECTED_URL = 'caplens-annotator.js';
/** With no new note for this long, the annotator is done. */
const QUIET_MS = 1500;

/** The annotator without its ceiling, bundled for injection into the page. */
async function pageAnnotatorSource(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: 'scripts/bench/pageAnnotator.ts', formats: ['iife'], name: 'caplensBenchBundle' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) return `${result.output[0].code}\n//# sourceURL=${INJECTED_URL}`;
  }
  throw new Error('pageAnnotatorSource: no output');
}

async function measure(
  browser: Browser,
  url: string,
  variant: Variant,
  injected: string,
  figures: { priceUsd: number; supplyBtc: number },
): Promise<Measurement> {
  const { extension } = browser;
  const page = await extension.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 500);
    if (variant === 'caplensAll') await page.addScriptTag({ content: injected });
    const cdp = await extension.context.newCDPSession(page);
    const frame = await mainFrameId(cdp);
    const { result, events } = await traced(cdp, async () => {
      const since = (await page.evaluate(MARK_START)) as number;
      let ownMs: number | null = null;
      if (variant === 'walk') ownMs = ((await page.evaluate(BARE_WALK)) as { ms: number }).ms;
      else if (variant === 'minimal') ownMs = ((await page.evaluate(minimalAnnotator(150))) as { ms: number }).ms;
      else if (variant === 'minimalAll') ownMs = ((await page.evaluate(minimalAnnotator(1e9))) as { ms: number }).ms;
      else {
        if (variant === 'caplens') await setSite(extension, true);
        else await page.evaluate(`caplensBench.start(${JSON.stringify(figures)})`);
        await page.evaluate(waitQuiet(QUIET_MS));
      }
      await page.evaluate(MARK_END);
      const report = (await page.evaluate(pageReport(since))) as {
        shift: number;
        notes: number;
        lastNote: number;
      };
      return { since, ownMs, report };
    });
    const scriptUrl = variant === 'caplens' ? '/content.js' : variant === 'caplensAll' ? INJECTED_URL : '';
    return {
      profile: profile(events, frame, 'bench:start', 'bench:end', scriptUrl),
      wallMs: result.ownMs ?? result.report.lastNote - result.since,
      notes: result.report.notes,
      shift: result.report.shift,
    };
  } finally {
    await page.close();
    if (variant === 'caplens') await setSite(extension, false);
  }
}

function medianOf(list: Measurement[]): Measurement {
  const pick = (f: (m: Measurement) => number) => median(list.map(f));
  const by = Object.fromEntries(
    Object.keys(list[0].profile.by).map((k) => [k, pick((m) => m.profile.by[k as keyof Profile['by']])]),
  ) as Profile['by'];
  return {
    profile: {
      busyMs: pick((m) => m.profile.busyMs),
      busyWallMs: pick((m) => m.profile.busyWallMs),
      longestTaskMs: pick((m) => m.profile.longestTaskMs),
      longestTaskCpuMs: pick((m) => m.profile.longestTaskCpuMs),
      // What the longest task was made of, in the run whose longest task is the median.
      longestTaskBy: [...list].sort((a, b) => a.profile.longestTaskMs - b.profile.longestTaskMs)[
        Math.floor(list.length / 2)
      ].profile.longestTaskBy,
      tasks: pick((m) => m.profile.tasks),
      by,
      scriptInUrlMs: pick((m) => m.profile.scriptInUrlMs),
      windowMs: pick((m) => m.profile.windowMs),
      byName: list[0].profile.byName,
    },
    wallMs: pick((m) => m.wallMs),
    notes: pick((m) => m.notes),
    shift: pick((m) => m.shift),
  };
}

export async function annotationBench(
  browser: Browser,
  replay: ReplayServer,
  runs: number,
  log: (line: string) => void,
): Promise<AnnotationResult> {
  const html = generateArticle(ARTICLE, OBSERVERS);
  replay.setPage(PAGE_PATH, html);
  const url = `${replay.origin}${PAGE_PATH}`;
  const injected = await pageAnnotatorSource();
  const { extension } = browser;
  const figures = await extension.worker.evaluate(async () => {
    const state = (await chrome.storage.local.get('caplens.state'))['caplens.state'] as {
      quote: { usd: number; supplyBtc: number };
    };
    return { priceUsd: state.quote.usd, supplyBtc: state.quote.supplyBtc };
  });
  await setSite(extension, false);
  const variants = (process.env.CAPLENS_BENCH_VARIANTS?.split(',') as Variant[] | undefined) ?? [
    'walk',
    'minimal',
    'caplens',
    'minimalAll',
    'caplensAll',
  ];
  const all = Object.fromEntries(variants.map((v) => [v, [] as Measurement[]])) as Record<Variant, Measurement[]>;
  for (let run = 0; run < runs; run++) {
    // Interleaved, so a slow stretch of a shared machine touches every variant alike.
    for (const variant of variants) {
      const m = await measure(browser, url, variant, injected, figures);
      all[variant].push(m);
      log(
        `  annotation run ${run + 1}/${runs} ${variant.padEnd(10)} cpu ${m.profile.busyMs.toFixed(1)} ms (wall ${m.profile.busyWallMs.toFixed(1)}), longest task ${m.profile.longestTaskMs.toFixed(1)} ms (cpu ${m.profile.longestTaskCpuMs.toFixed(1)}: ${Object.entries(
          m.profile.longestTaskBy,
        )
          .filter(([, v]) => v >= 1)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(' ')}), ${m.notes} notes · ${Object.entries(m.profile.by)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(
            ' ',
          )}${process.env.CAPLENS_BENCH_DEBUG ? `\n    ${m.profile.byName.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}` : ''}`,
      );
    }
  }
  await setSite(extension, true);
  const med = Object.fromEntries(variants.map((v) => [v, medianOf(all[v])])) as Record<Variant, Measurement>;
  return { bytes: Buffer.byteLength(html), runs: all, median: med };
}
