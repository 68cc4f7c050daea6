// The background: requests per polling round with 20 tabs open, service-worker wake-ups per hour,
// and the storage a week of history takes.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { milestoneStep } from '../../src/background/milestoneStep';
import { nextState } from '../../src/background/nextState';
import type { RoundOutcomes } from '../../src/background/outcomes';
import { emptyMilestones, MILESTONES_KEY, type StoredMilestones } from '../../src/state/milestones';
import { defaultSettings } from '../../src/state/settings';
import { emptyState, STATE_KEY, type State } from '../../src/state/state';
import { findChromium } from '../lib/findChromium.mjs';
import type { ReplayServer } from '../replay/server';
import type { Browser } from './harness';
import { sleep } from './harness';

const POLL_ALARM = 'caplens-poll';

export interface RoundRequests {
  tabs: number;
  /** Requests the providers received in the window. */
  requests: number;
  /** Rounds that ran in it, counted by the price source every round asks. */
  rounds: number;
}

async function lastRoundAt(browser: Browser): Promise<number> {
  return browser.extension.worker.evaluate(async (key) => {
    const state = (await chrome.storage.local.get(key))[key] as { lastRound?: { finishedAt: number } } | undefined;
    return state?.lastRound?.finishedAt ?? 0;
  }, STATE_KEY);
}

/** Opens `tabs` article tabs, then lets the polling alarm fire once and counts what reached the providers. */
export async function requestsPerRound(browser: Browser, replay: ReplayServer, tabs: number): Promise<RoundRequests> {
  const { extension } = browser;
  replay.setPage(
    '/bench/tab.html',
    '<!doctype html><html><head><title>Bitcoin today</title></head><body><p>Bitcoin rose to $61,200 on Monday as funds drew money.</p></body></html>',
  );
  const pages = [];
  for (let i = 0; i < tabs; i++) {
    const page = await extension.context.newPage();
    await page.goto(`${replay.origin}/bench/tab.html?tab=${i}`);
    pages.push(page);
  }
  await sleep(1500);
  const before = await lastRoundAt(browser);
  replay.clearLog();
  // The alarm as it is, fired now: the same period, the first firing moved to this moment.
  await extension.worker.evaluate(async (name) => {
    const alarm = await chrome.alarms.get(name);
    await chrome.alarms.create(name, { when: Date.now() + 100, periodInMinutes: alarm?.periodInMinutes ?? 1 });
  }, POLL_ALARM);
  const deadline = Date.now() + 20_000;
  while ((await lastRoundAt(browser)) <= before && Date.now() < deadline) await sleep(100);
  // Anything else the tabs would cause comes within a few seconds.
  await sleep(3000);
  const log = replay.log();
  for (const page of pages) await page.close();
  return { tabs, requests: log.length, rounds: log.filter((r) => r.provider === 'coinbase').length };
}

export interface Alarm {
  periodMinutes: number;
  /** Wake-ups an hour the alarm alone causes while the user is active. */
  perHour: number;
}

export async function pollAlarm(browser: Browser): Promise<Alarm> {
  const period = await browser.extension.worker.evaluate(
    async (name) => (await chrome.alarms.get(name))?.periodInMinutes ?? 0,
    POLL_ALARM,
  );
  return { periodMinutes: period, perHour: period > 0 ? 60 / period : 0 };
}

// ---- service-worker wake-ups, in a browser no debugger is attached to ---------------------------

interface Cdp {
  send(method: string, params?: object): Promise<unknown>;
  on(handler: (method: string, params: Record<string, unknown>) => void): void;
  close(): Promise<void>;
}

/**
 * Chromium with a DevTools pipe of our own. Playwright attaches to every service worker, and a worker
 * with a debugger attached is never stopped: wake-ups can only be seen from a browser that only
 * watches targets come and go.
 */
function launchWatched(dist: string): Cdp {
  const profile = mkdtempSync(join(tmpdir(), 'caplens-bench-wake-'));
  const child: ChildProcess = spawn(
    findChromium(),
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = child.stdio[4] as NodeJS.ReadableStream;
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  const handlers: Array<(method: string, params: Record<string, unknown>) => void> = [];
  let buffer = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end)) as {
        id?: number;
        result?: unknown;
        method?: string;
        params?: Record<string, unknown>;
      };
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) waiting.get(message.id)?.(message.result);
      else if (message.method) for (const handler of handlers) handler(message.method, message.params ?? {});
    }
  });
  return {
    send(method, params = {}) {
      const messageId = ++id;
      toBrowser.write(`${JSON.stringify({ id: messageId, method, params })}\0`);
      return new Promise((resolve) => waiting.set(messageId, resolve));
    },
    on(handler) {
      handlers.push(handler);
    },
    async close() {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WakeUps {
  windowSeconds: number;
  /** Times the service worker started in the window. */
  starts: number;
  /** Rounds the providers saw in the window. */
  rounds: number;
  /** Seconds the worker ran, of the window. */
  aliveSeconds: number;
  perHour: number;
  /** Starts per polling round: 1 when every alarm wakes a stopped worker. */
  startsPerRound: number;
}

/** Installs the extension in an unwatched browser and counts service-worker starts over `seconds`. */
export async function wakeUps(dist: string, replay: ReplayServer, seconds: number): Promise<WakeUps> {
  const cdp = launchWatched(dist);
  const alive = new Map<string, number>();
  let starts = 0;
  let aliveMs = 0;
  let windowStart = Number.POSITIVE_INFINITY;
  cdp.on((method, params) => {
    const info = params.targetInfo as { targetId: string; type: string; url: string } | undefined;
    if (
      method === 'Target.targetCreated' &&
      info?.type === 'service_worker' &&
      info.url.startsWith('chrome-extension://')
    ) {
      alive.set(info.targetId, Date.now());
      if (Date.now() >= windowStart) starts++;
    }
    if (method === 'Target.targetDestroyed') {
      const since = alive.get(params.targetId as string);
      if (since !== undefined) {
        aliveMs += Date.now() - Math.max(since, windowStart);
        alive.delete(params.targetId as string);
      }
    }
  });
  try {
    replay.clearLog();
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    // Installation starts the worker and runs a round; the window opens once that is over.
    const installed = Date.now() + 30_000;
    while (!replay.log().some((r) => r.provider === 'coinbase') && Date.now() < installed) await sleep(200);
    await sleep(2000);
    replay.clearLog();
    windowStart = Date.now();
    await sleep(seconds * 1000);
    const windowEnd = Date.now();
    for (const since of alive.values()) aliveMs += windowEnd - Math.max(since, windowStart);
    const rounds = replay.log().filter((r) => r.provider === 'coinbase').length;
    return {
      windowSeconds: seconds,
      starts,
      rounds,
      aliveSeconds: aliveMs / 1000,
      perHour: (starts / seconds) * 3600,
      startsPerRound: rounds > 0 ? starts / rounds : 0,
    };
  } finally {
    await cdp.close();
  }
}

// ---- storage after a week ------------------------------------------------------------------------

/**
 * A week of rounds at the default interval, folded by the extension's own code (nextState and
 * milestoneStep), with a price that wanders and crosses lines: the state and milestones a week of use leaves.
 */
export function simulatedWeek(): { state: State; milestones: StoredMilestones; rounds: number } {
  const settings = defaultSettings();
  const minute = 60_000;
  const start = Date.UTC(2026, 10, 1);
  let state = emptyState();
  let milestones = emptyMilestones();
  let price = 95_000;
  let height = 925_000;
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const rounds = (7 * 24 * 60) / settings.pollMinutes;
  for (let i = 0; i < rounds; i++) {
    const at = start + i * settings.pollMinutes * minute;
    price *= 1 + (random() - 0.5) * 0.004;
    if (i % 10 === 0) height++;
    const reading = (spread: number) => ({ usd: price * (1 + spread), change24hPct: 1.2, capUsd: null });
    const outcomes: RoundOutcomes = {
      startedAt: at,
      finishedAt: at + 800,
      prices: [
        { id: 'coingecko', kind: 'answer', at, value: { ...reading(0), capUsd: price * 19.95e6 } },
        { id: 'coinbase', kind: 'answer', at, value: reading(0.0004) },
        { id: 'kraken', kind: 'answer', at, value: reading(-0.0003) },
      ],
      heights: [
        { id: 'mempool', kind: 'answer', at, value: height },
        { id: 'blockstream', kind: 'standby' },
      ],
    };
    state = nextState(state, outcomes);
    milestones = milestoneStep(milestones, state, settings);
  }
  return { state, milestones, rounds };
}

export interface StorageUse {
  rounds: number;
  historySamples: number;
  /** storage.local bytes in use, as the browser counts them. */
  bytes: number;
  /** The floor: the history samples alone, as JSON. */
  historyBytes: number;
  quotaBytes: number;
}

export async function storageAfterWeek(browser: Browser): Promise<StorageUse> {
  const { state, milestones, rounds } = simulatedWeek();
  const { extension } = browser;
  // Written as a round writes them, and read back by the browser's own count.
  const bytes = await extension.worker.evaluate(
    async ([stateKey, milestonesKey, s, m]) => {
      await chrome.storage.local.set({ [stateKey as string]: s, [milestonesKey as string]: m });
      const local = chrome.storage.local as unknown as { getBytesInUse(keys: null): Promise<number> };
      return local.getBytesInUse(null);
    },
    [STATE_KEY, MILESTONES_KEY, state, milestones] as const,
  );
  return {
    rounds,
    historySamples: state.history.length,
    bytes,
    historyBytes: JSON.stringify(state.history).length,
    quotaBytes: 10 * 1024 * 1024,
  };
}
