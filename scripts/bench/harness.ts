// What every benchmark section needs: a replay build of the extension, the browser with it loaded,
// traces of the page's main thread and their analysis.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { type Extension, launchExtension } from '../../tests/e2e/support/fixtures';

/** A build whose providers are the replay server on `port` and whose content script runs on loopback pages. */
export function buildReplay(port: number): string {
  const out = join(tmpdir(), `caplens-bench-${port}`, 'chrome');
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'chrome', '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CAPLENS_API_ORIGIN: `http://127.0.0.1:${port}` },
  });
  return out;
}

export interface Browser {
  extension: Extension;
  close(): Promise<void>;
}

export async function openBrowser(dist: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'caplens-bench-profile-'));
  const extension = await launchExtension(profile, dist);
  return {
    extension,
    async close() {
      await extension.context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const SETTINGS_KEY = 'caplens.settings';

/** The per-site switch for the loopback pages, as the popup sets it. */
export async function setSite(extension: Extension, on: boolean): Promise<void> {
  await extension.worker.evaluate(([key, value]) => chrome.storage.sync.set({ [key as string]: value }), [
    SETTINGS_KEY,
    on ? { sites: {} } : { sites: { '127.0.0.1': false } },
  ] as const);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the page has rendered twice and been idle a moment. */
export async function settle(page: Page, ms = 300): Promise<void> {
  await page.evaluate(
    `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ${ms}))))`,
  );
}

// ---- traces -------------------------------------------------------------------------------------

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { frame?: string; url?: string; [key: string]: unknown }; [key: string]: unknown };
}

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
];

/** Traces whatever `during` makes the browser do, as the DevTools performance panel would. */
export async function traced<T>(
  cdp: CDPSession,
  during: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: object[] }) => {
    for (const e of event.value) events.push(e as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

export async function mainFrameId(cdp: CDPSession): Promise<string> {
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  return tree.frameTree.frame.id;
}

export interface Profile {
  /** Sum of the main thread's tasks in the window, thread (CPU) time, ms: what a busy machine inflates least. */
  busyMs: number;
  /** The same tasks in wall-clock time, ms. */
  busyWallMs: number;
  /** The longest task, wall-clock, ms: how long the page could not respond. */
  longestTaskMs: number;
  /** The longest task in thread time, ms. */
  longestTaskCpuMs: number;
  /** The longest (wall-clock) task's thread time by kind of work, ms, and the script in `scriptUrl`: what it was. */
  longestTaskBy: Profile['by'] & { inUrl: number };
  tasks: number;
  /** Thread-time self time by kind of work, ms. */
  by: Record<'script' | 'gc' | 'style' | 'layout' | 'paint' | 'parse' | 'other', number>;
  /** Script self time (thread time) in functions from URLs containing `scriptUrl`, ms. */
  scriptInUrlMs: number;
  /** Window length, ms. */
  windowMs: number;
  /** Thread-time self time by trace event name, ms, largest first. */
  byName: Array<[string, number]>;
}

const KIND: Record<string, keyof Profile['by']> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  TimerFire: 'script',
  FireIdleCallback: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'V8.Execute': 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  'V8.GC_SCAVENGER': 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  ParseHTML: 'parse',
};

/**
 * The page's main thread between the marks `from` and `to` (user timing marks; the end of the
 * trace when `to` is missing): its tasks, and each task's time split by kind of work (self times).
 */
export function profile(events: TraceEvent[], frame: string, from: string, to?: string, scriptUrl = ''): Profile {
  const inFrame = events.find((e) => e.args?.data?.frame === frame && e.name !== 'TracingStartedInBrowser');
  if (!inFrame) throw new Error('profile: no event of the page in the trace');
  const { pid, tid } = inFrame;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);
  const start = thread.find((e) => e.name === from)?.ts;
  if (start === undefined) throw new Error(`profile: no mark ${from}`);
  const endMark = to ? thread.find((e) => e.name === to)?.ts : undefined;
  const end = endMark ?? Math.max(...thread.map((e) => e.ts + (e.dur ?? 0)));

  // Complete events only; begin/end pairs are rare on this thread and only for tasks.
  const spans = thread
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= start && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const noWork = (): Profile['by'] => ({ script: 0, gc: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 });
  const by = noWork();
  const newTask = (): Profile['longestTaskBy'] => ({ ...noWork(), inUrl: 0 });
  let longestBy = newTask();
  let busy = 0;
  let busyWall = 0;
  let longest = 0;
  let longestCpu = 0;
  let tasks = 0;
  let inUrl = 0;
  // Self time: each span's duration less its children's, charged to its kind of work (its parent's
  // when the name says nothing), and to the script URL when it or a caller runs code from there.
  const byName = new Map<string, number>();
  interface Open {
    name: string;
    end: number;
    kind: keyof Profile['by'];
    url: boolean;
    self: number;
    task: Profile['longestTaskBy'];
  }
  const stack: Open[] = [];
  const close = (open: Open) => {
    by[open.kind] += Math.max(0, open.self);
    open.task[open.kind] += Math.max(0, open.self);
    byName.set(open.name, (byName.get(open.name) ?? 0) + Math.max(0, open.self));
    if (open.url && open.kind === 'script') {
      inUrl += Math.max(0, open.self);
      open.task.inUrl += Math.max(0, open.self);
    }
  };
  for (const e of spans) {
    const dur = e.dur ?? 0;
    const cpu = e.tdur ?? dur;
    while (stack.length > 0 && stack[stack.length - 1].end <= e.ts) close(stack.pop() as Open);
    const parent = stack[stack.length - 1];
    let task = parent?.task;
    if (!parent) {
      if (e.name !== 'ThreadControllerImpl::RunTask') continue;
      busy += cpu;
      busyWall += dur;
      task = newTask();
      if (dur > longest) longestBy = task;
      longest = Math.max(longest, dur);
      longestCpu = Math.max(longestCpu, cpu);
      tasks++;
    } else {
      parent.self -= cpu;
    }
    const url = typeof e.args?.data?.url === 'string' && scriptUrl !== '' && e.args.data.url.includes(scriptUrl);
    stack.push({
      name: e.name,
      end: e.ts + dur,
      kind: KIND[e.name] ?? parent?.kind ?? 'other',
      url: url || Boolean(parent?.url),
      self: cpu,
      task: task ?? newTask(),
    });
  }
  while (stack.length > 0) close(stack.pop() as Open);
  const ms = (us: number) => us / 1000;
  return {
    busyMs: ms(busy),
    busyWallMs: ms(busyWall),
    longestTaskMs: ms(longest),
    longestTaskCpuMs: ms(longestCpu),
    longestTaskBy: Object.fromEntries(
      Object.entries(longestBy).map(([k, v]) => [k, ms(v)]),
    ) as Profile['longestTaskBy'],
    tasks,
    by: Object.fromEntries(Object.entries(by).map(([k, v]) => [k, ms(v)])) as Profile['by'],
    scriptInUrlMs: ms(inUrl),
    windowMs: ms(end - start),
    byName: [...byName]
      .map(([name, us]): [string, number] => [name, ms(us)])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12),
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
