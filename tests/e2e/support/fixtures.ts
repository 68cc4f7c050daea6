// Fixtures: a replay server shared by the run, and for each test a fresh Chromium profile with
// the extension loaded, its service worker and id, and a guard that fails any test whose
// browser tried to reach the internet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page, type Worker } from '@playwright/test';
import { chromiumArgs } from '../../../scripts/lib/chromiumArgs.mjs';
import { findChromium } from '../../../scripts/lib/findChromium.mjs';
import { type ReplayServer, startReplayServer } from '../../../scripts/replay/server';
import type { RefreshReply } from '../../../src/state/messages';
import { E2E_DIST, replayPort } from './paths';
import { resetWorkerClock } from './worker';

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Requests to anything but loopback: aborted, and must stay empty. */
  external: string[];
  /** Opens an extension page (the popup's by default). */
  open(path?: string): Promise<Page>;
  /** Sends { type: 'refresh' } from an extension page, as the popup's button does. */
  refresh(): Promise<RefreshReply>;
  badge(): Promise<{ text: string; title: string; color: number[] }>;
  /**
   * Brings the extension back to the state an install leaves, in the same browser: its pages closed,
   * its storage areas and alarms emptied, the service worker's clock back to the real one, then one
   * round, the round an install runs. (`chrome.runtime.reload()` would be closer, but an extension
   * loaded from the command line does not come back from it.) The install's history backfill is not
   * run again: no test that shares a browser looks at the history.
   */
  resetToInstall(): Promise<void>;
}

export const POPUP_PATH = 'src/popup/index.html';

async function expectPoll(condition: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  await expect.poll(condition, { timeout }).toBe(true);
}

/** Tests start once the round an install triggers has finished, so they see only their own rounds. */
async function installRoundDone(worker: Worker): Promise<void> {
  await expectPoll(() =>
    worker.evaluate(async () =>
      Boolean(
        ((await chrome.storage.local.get('caplens.state'))['caplens.state'] as { lastRound?: unknown } | undefined)
          ?.lastRound,
      ),
    ),
  );
}

export async function launchExtension(
  userDataDir: string,
  dist = E2E_DIST.chrome,
  /** The browser's UI language, which chrome.i18n follows. */
  lang?: string,
): Promise<Extension> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...(lang ? { env: { ...process.env, LANGUAGE: lang }, locale: lang } : {}),
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs(dist), '--disable-gpu', ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [])],
  });
  const external: string[] = [];
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]|chrome-extension:|data:|about:)/, (route) => {
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await installRoundDone(worker);
  let helperPage: Page | null = null;
  const extension: Extension = {
    context,
    worker,
    id,
    external,
    async open(path = POPUP_PATH) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async refresh() {
      helperPage ??= await extension.open();
      return helperPage.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    },
    async resetToInstall() {
      await Promise.all(context.pages().map((page) => page.close()));
      helperPage = null;
      await worker.evaluate(async () => {
        await Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear(), chrome.storage.session.clear()]);
        await chrome.alarms.clearAll();
      });
      await resetWorkerClock(extension);
      const reply = await extension.refresh();
      if (!reply.ok) throw new Error(`the round after the reset failed: ${reply.error}`);
    },
    async badge() {
      return worker.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        title: await chrome.action.getTitle({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
      }));
    },
  };
  return extension;
}

function failOnExternal(extension: Extension): void {
  const tried = extension.external.splice(0);
  if (tried.length > 0) throw new Error(`the browser tried to reach the internet: ${tried.join(', ')}`);
}

/** Each test gets a new browser profile with the extension freshly installed. */
export const test = base.extend<
  { extension: Extension; initialScenario: object },
  { replay: ReplayServer; quickProviderTimeout: boolean }
>({
  /** What the providers report when the extension is installed; `test.use` changes it. */
  initialScenario: [{ btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 }, { option: true }],
  /** The build that waits QUICK_PROVIDER_TIMEOUT_MS for a provider instead of 8 s. */
  quickProviderTimeout: [false, { option: true, scope: 'worker' }],
  replay: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const server = await startReplayServer({ port: replayPort() });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({ replay, initialScenario, quickProviderTimeout }, use) => {
    replay.setScenario(initialScenario);
    replay.clearLog();
    const dir = mkdtempSync(join(tmpdir(), 'caplens-e2e-'));
    const extension = await launchExtension(dir, quickProviderTimeout ? E2E_DIST.chromeQuickTimeout : E2E_DIST.chrome);
    await use(extension);
    await extension.context.close();
    rmSync(dir, { recursive: true, force: true });
    failOnExternal(extension);
  },
});

/**
 * For tests that need only a freshly installed extension, not a new profile: the worker keeps one
 * browser, and each test gets the extension reset to its installed state in it
 * (`Extension.resetToInstall`), which takes a fraction of a browser launch.
 */
export const sharedBrowserTest = test.extend<object, { sharedExtension: Extension }>({
  sharedExtension: [
    // The replay server comes first: the install round asks it.
    async ({ replay: _upFirst, quickProviderTimeout }, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'caplens-e2e-'));
      const extension = await launchExtension(
        dir,
        quickProviderTimeout ? E2E_DIST.chromeQuickTimeout : E2E_DIST.chrome,
      );
      await use(extension);
      await extension.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extension: async ({ sharedExtension, replay, initialScenario }, use) => {
    replay.setScenario(initialScenario);
    replay.clearLog();
    await sharedExtension.resetToInstall();
    await use(sharedExtension);
    failOnExternal(sharedExtension);
  },
});

export { expect } from '@playwright/test';
