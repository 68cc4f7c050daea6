// What browsers and users do to a running extension: its service worker stopped in the middle of a
// round (through the DevTools protocol, as Chrome stops an idle worker), the browser restarted on
// the same profile, and a corrupt state written into storage by hand. Nothing is lost, nothing is
// notified twice, and the user's settings (storage.sync, 'caplens.settings') are never touched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StoredMilestones } from '../../src/state/milestones';
import type { State } from '../../src/state/state';
import { type Extension, expect, launchExtension, sharedBrowserTest as test } from './support/fixtures';
import { startRefresh, stopServiceWorker } from './support/worker';

const HEIGHT = 925_000;
const SUPPLY = 19_953_128.125;
/** The price that makes a given market cap at the scenario's height. */
const priceForCap = (cap: number) => Math.round((cap / SUPPLY) * 100) / 100;
const BELOW = { btcUsd: priceForCap(1.21e12), height: HEIGHT, change24hPct: 1 };
const ABOVE = { btcUsd: priceForCap(1.26e12), height: HEIGHT, change24hPct: 1 };

/** What an extension page reads from storage: works while the service worker is stopped. */
function stored(page: Page) {
  return page.evaluate(async () => {
    const local = {
      ...(await chrome.storage.local.get('caplens.state')),
      ...(await chrome.storage.local.get('caplens.milestones')),
    };
    const sync = await chrome.storage.sync.get('caplens.settings');
    return {
      state: local['caplens.state'] as State,
      milestones: local['caplens.milestones'] as StoredMilestones,
      settings: sync['caplens.settings'] as unknown,
      notifications: Object.keys(await chrome.notifications.getAll()),
    };
  });
}

async function refresh(page: Page) {
  const reply: unknown = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  expect(reply).toMatchObject({ ok: true });
}

/** Counts the notifications the (current) service worker creates. */
async function countCreated(extension: Extension) {
  await extension.worker.evaluate(() => {
    const scope = self as unknown as { created: string[] };
    scope.created = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (id: string, options: object) => {
      scope.created.push(id);
      return create(id, options);
    };
  });
  return () => extension.worker.evaluate(() => (self as unknown as { created: string[] }).created);
}

/** Starts a stopped service worker with a message it ignores. */
async function wake(page: Page) {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake up' }).catch(() => null));
}

test.describe('the service worker stopped in the middle of a round', () => {
  test.use({ initialScenario: BELOW });

  test('while asking the providers: nothing is lost, the next round notifies once', async ({ extension, replay }) => {
    const page = await extension.open();
    const before = await stored(page);
    expect(before.state.quote?.usd).toBe(BELOW.btcUsd);

    // A round that crosses $1.25T, held up by a slow Kraken; the worker is stopped while it waits.
    replay.setScenario({ ...ABOVE, providers: { kraken: { delayMs: 5000 } } });
    replay.clearLog();
    const interrupted = startRefresh(page);
    await expect.poll(() => replay.log().some((r) => r.provider === 'kraken')).toBe(true);
    await stopServiceWorker(extension, page);
    expect(await interrupted).toMatchObject({ ok: false });

    // The round wrote nothing: the stored state is the one before it, whole and valid.
    const during = await stored(page);
    expect(during.state).toEqual(before.state);
    expect(during.milestones).toEqual(before.milestones);
    expect(during.notifications).toEqual([]);

    // Started again by the next refresh: the lock the stopped round held is free, the round completes.
    replay.setScenario(ABOVE);
    await refresh(page);
    const after = await stored(page);
    expect(after.state.quote?.usd).toBe(ABOVE.btcUsd);
    expect(after.state.history.length).toBeGreaterThanOrEqual(before.state.history.length);
    expect(after.state.history.slice(0, before.state.history.length)).toEqual(before.state.history);
    expect(after.milestones.log.map((e) => e.kind === 'crossing' && e.line)).toEqual([1.25e12]);
    expect(after.notifications).toHaveLength(1);
    expect((await extension.badge()).text).toBe('63.1k');

    // Another round at the same level notifies nothing more.
    await refresh(page);
    expect((await stored(page)).notifications).toEqual(after.notifications);
    expect((await stored(page)).milestones.log).toHaveLength(1);
  });

  test('between showing a notification and emptying the outbox: not shown a second time', async ({
    extension,
    replay,
  }) => {
    const page = await extension.open();
    // The write that empties the outbox never finishes: the worker is stopped right there.
    await extension.worker.evaluate(() => {
      const scope = self as unknown as { stuck: boolean };
      const local = chrome.storage.local;
      const set = local.set.bind(local);
      local.set = ((items: Record<string, unknown>, ...rest: unknown[]) => {
        const milestones = items['caplens.milestones'] as { outbox?: unknown[] } | undefined;
        if (milestones?.outbox?.length === 0 && !('caplens.state' in items)) {
          scope.stuck = true;
          return new Promise(() => {});
        }
        return (set as (...args: unknown[]) => Promise<void>)(items, ...rest);
      }) as typeof local.set;
    });
    replay.setScenario(ABOVE);
    const interrupted = startRefresh(page);
    await expect.poll(() => extension.worker.evaluate(() => (self as unknown as { stuck?: boolean }).stuck)).toBe(true);
    const shown = (await stored(page)).notifications;
    expect(shown).toHaveLength(1);
    await stopServiceWorker(extension, page);
    await interrupted;
    // The round's state and events were stored in one write; the outbox still holds what was shown.
    const left = await stored(page);
    expect(left.state.quote?.usd).toBe(ABOVE.btcUsd);
    expect(left.milestones.outbox).toHaveLength(1);

    await wake(page);
    const created = await countCreated(extension);
    await refresh(page);
    const after = await stored(page);
    expect(after.milestones.outbox).toEqual([]);
    expect(after.milestones.log).toHaveLength(1);
    expect(after.notifications).toEqual(shown);
    // Still on screen, it is not shown again (a notification created again pops up again).
    expect(await created()).toEqual([]);
  });
});

test('a browser restart on the same profile keeps the state, the backoff and every setting', async ({ replay }) => {
  replay.setScenario({ ...BELOW, providers: { kraken: { status: 500 } } });
  replay.clearLog();
  const dir = mkdtempSync(join(tmpdir(), 'caplens-lifecycle-'));
  const settings = {
    version: 2,
    pollMinutes: 5,
    badge: { content: 'cap', colors: false },
    notify: { capMilestones: true, priceMilestones: false, highs: true, downward: true },
    ladders: { cap: null, price: null },
    providers: { coingecko: true, coinbase: true, kraken: true, mempool: true, blockstream: true },
    sites: { 'example.com': false },
    paused: false,
    currency: 'USD',
  };
  let before: Awaited<ReturnType<typeof stored>>;
  let extension: Extension | null = null;
  try {
    extension = await launchExtension(dir);
    const page = await extension.open();
    await page.evaluate((value) => chrome.storage.sync.set({ 'caplens.settings': value }), settings);
    await refresh(page);
    before = await stored(page);
    expect(before.state.providers.kraken?.retryAt).toBeGreaterThan(Date.now());
    expect((await extension.badge()).text).toBe('1.21T');
    await extension.context.close();
    extension = null;

    replay.setScenario(BELOW);
    replay.clearLog();
    extension = await launchExtension(dir);
    const restarted = await extension.open();
    const after = await stored(restarted);
    expect(after.settings).toEqual(before.settings);
    expect(after.settings).toMatchObject({
      pollMinutes: 5,
      badge: { content: 'cap' },
      sites: { 'example.com': false },
    });
    expect(after.state.quote?.usd).toBe(before.state.quote?.usd);
    expect(after.state.history.slice(0, before.state.history.length)).toEqual(before.state.history);
    // A round at startup may have run since: the highs and lines held are the same.
    for (const metric of ['cap', 'price'] as const) {
      const memory = before.milestones.memories.USD?.[metric];
      expect(memory).not.toBeNull();
      expect(after.milestones.memories.USD?.[metric]).toMatchObject({ high: memory?.high, held: memory?.held });
    }
    expect(after.milestones.log).toEqual(before.milestones.log);
    // Kraken failed moments ago: a round at startup leaves it alone until its retry time.
    expect(after.state.providers.kraken?.retryAt).toBe(before.state.providers.kraken?.retryAt);
    expect(replay.log().filter((r) => r.provider === 'kraken')).toEqual([]);
    // The badge shows the stored figures again, as the settings say (the cap), and polls as set.
    await expect.poll(async () => (await extension?.badge())?.text).toBe('1.21T');
    expect(await extension.worker.evaluate(() => chrome.alarms.get('caplens-poll'))).toMatchObject({
      periodInMinutes: 5,
    });
    expect(extension.external).toEqual([]);
  } finally {
    await extension?.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const USER_SETTINGS = {
  version: 2,
  pollMinutes: 3,
  badge: { content: 'cap', colors: true },
  notify: { capMilestones: false, priceMilestones: true, highs: false, downward: true },
  ladders: { cap: null, price: null },
  providers: { coingecko: true, coinbase: true, kraken: true, mempool: true, blockstream: true },
  sites: { 'example.com': true, 'news.example.org': false },
  paused: false,
  currency: 'USD',
};

const CORRUPT: [string, Record<string, unknown>][] = [
  ['a string', { 'caplens.state': 'garbage' }],
  ['an array', { 'caplens.state': [1, 2, 3] }],
  ['a version from the future', { 'caplens.state': { version: 99, quote: { usd: 61_234.5 } } }],
  [
    'a NaN, a zero and a negative in a well-shaped state',
    {
      'caplens.state': {
        version: 1,
        quote: { usd: 'NaN', change24hPct: 0, height: -1, supplyBtc: 0, capUsd: -5, at: 0, sources: [], outliers: [] },
        lastRound: null,
        providers: { kraken: { state: 'on fire' } },
        supplyCheck: null,
        history: [[0, 0, 0]],
      },
    },
  ],
  ['garbage milestones', { 'caplens.milestones': { memory: 'x', log: [null, 7], outbox: 'y' } }],
  ['both at once, with an unknown key', { 'caplens.state': null, 'caplens.milestones': 42, 'caplens.other': {} }],
];

test.describe('a corrupt state written into storage by hand', () => {
  for (const [what, items] of CORRUPT) {
    test(`${what}: back to a working state, the user's settings kept`, async ({ extension }) => {
      const page = await extension.open();
      await page.evaluate((value) => chrome.storage.sync.set({ 'caplens.settings': value }), USER_SETTINGS);
      await page.evaluate((value) => chrome.storage.local.set(value), items);
      await refresh(page);

      const after = await stored(page);
      expect(after.settings).toEqual(USER_SETTINGS);
      expect(after.state).toMatchObject({
        version: 1,
        quote: { usd: 61_234.5, height: HEIGHT },
        lastRound: { ok: true },
      });
      expect(after.milestones).toMatchObject({ log: expect.any(Array), outbox: [] });
      // The badge follows the user's setting (the cap), the popup shows figures and nothing broken.
      expect((await extension.badge()).text).toBe('1.22T');
      await expect(page.getByTestId('price')).toHaveText('$61,234.50');
      expect(await page.locator('body').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    });
  }

  test('settings with a damaged field: that field alone falls back, the others are kept', async ({ extension }) => {
    const page = await extension.open();
    const damaged = { ...USER_SETTINGS, pollMinutes: 'often', notify: 'loud' };
    await page.evaluate((value) => chrome.storage.sync.set({ 'caplens.settings': value }), damaged);
    await refresh(page);
    // Stored as the user left them: reading is lenient, and nothing writes the settings back.
    expect((await stored(page)).settings).toEqual(damaged);
    expect((await extension.badge()).text).toBe('1.22T');
    expect(await extension.worker.evaluate(() => chrome.alarms.get('caplens-poll'))).toMatchObject({
      periodInMinutes: 1,
    });
  });
});
