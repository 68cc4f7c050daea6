// Fixtures: a replay server per worker with the providers reset for each test; the extension freshly
// installed for each test (reinstalled in the worker's shared browser), its service worker and id; a
// browser of a test's own (launchExtension); and a guard that fails any test whose browser tried to
// reach the internet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumArgs } from '../../../scripts/lib/chromiumArgs.mjs';
import { findChromium } from '../../../scripts/lib/findChromium.mjs';
import { type ReplayServer, startReplayServer } from '../../../scripts/replay/server';
import type { RefreshReply } from '../../../src/state/messages';
import { distFor, E2E_DIST, replayPort } from './paths';

export interface Extension {
  context: BrowserContext;
  /** The extension's service worker; a reinstall (`resetToInstall`) replaces it. */
  worker: Worker;
  id: string;
  /** Requests to anything but loopback: aborted, and must stay empty. */
  external: string[];
  /** Opens an extension page (the popup's by default). */
  open(path?: string): Promise<Page>;
  /** Sends { type: 'refresh' } from an extension page, as the popup's button does. */
  refresh(): Promise<RefreshReply>;
  badge(): Promise<{ text: string; title: string; color: number[] }>;
}

/** An extension installed through the DevTools protocol, which can therefore be installed again. */
export interface ReinstallableExtension extends Extension {
  /**
   * Uninstalls the extension and installs it again in the same browser, as a user would: the browser
   * drops its storage, alarms, notifications, registered scripts and granted permissions, closes its
   * pages, and the new install runs `runtime.onInstalled` (alarm, first round, history backfill).
   * Resolves once the install's round has stored its figures.
   */
  resetToInstall(): Promise<void>;
}

export const POPUP_PATH = 'src/popup/index.html';

/** Tests start once the round an install triggers has finished, so they see only their own rounds. */
async function installRoundDone(worker: Worker): Promise<void> {
  // Waits on the storage event rather than polling: the round's one write is what it waits for. No
  // function is declared inside: tsx (the bench's runner) would wrap it in a helper that exists only in Node.
  const stored = worker.evaluate(async () => {
    for (;;) {
      let listener: (() => void) | undefined;
      const changed = new Promise<void>((resolve) => {
        listener = resolve;
        chrome.storage.onChanged.addListener(resolve);
      });
      const state = (await chrome.storage.local.get('caplens.state'))['caplens.state'] as
        | { lastRound?: unknown }
        | undefined;
      if (!state?.lastRound) await changed;
      if (listener) chrome.storage.onChanged.removeListener(listener);
      if (state?.lastRound) return;
    }
  });
  // A guard against an install that never stores a round, not a limit on speed.
  let guard: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    guard = setTimeout(() => reject(new Error('the install round stored nothing within 30 s')), 30_000);
  });
  await Promise.race([stored, tooLong]).finally(() => clearTimeout(guard));
}

/** A headless Chromium on a profile, with every request beyond loopback aborted and listed. */
async function launchBrowser(userDataDir: string, args: string[], lang?: string) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...(lang ? { env: { ...process.env, LANGUAGE: lang }, locale: lang } : {}),
    executablePath: findChromium(),
    headless: true,
    args: [...args, '--disable-gpu', ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [])],
  });
  const external: string[] = [];
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]|chrome-extension:|data:|about:)/, (route) => {
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return { context, external };
}

function extensionIn(context: BrowserContext, worker: Worker, external: string[]): Extension {
  let helperPage: Page | null = null;
  const extension: Extension = {
    context,
    worker,
    id: new URL(worker.url()).host,
    external,
    async open(path = POPUP_PATH) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extension.id}/${path}`);
      return page;
    },
    async refresh() {
      if (!helperPage || helperPage.isClosed()) helperPage = await extension.open();
      return helperPage.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    },
    async badge() {
      return extension.worker.evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        title: await chrome.action.getTitle({}),
        color: await chrome.action.getBadgeBackgroundColor({}),
      }));
    },
  };
  return extension;
}

/** A new browser with the extension loaded from the command line, as `npm start` does. */
export async function launchExtension(
  userDataDir: string,
  dist = E2E_DIST.chrome,
  /** The browser's UI language, which chrome.i18n follows. */
  lang?: string,
): Promise<Extension> {
  const { context, external } = await launchBrowser(userDataDir, chromiumArgs(dist), lang);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await installRoundDone(worker);
  return extensionIn(context, worker, external);
}

/**
 * A new browser with the extension installed through the DevTools protocol (Extensions.loadUnpacked),
 * which, unlike one loaded from the command line, Extensions.uninstall can remove again.
 */
export async function launchReinstallableExtension(userDataDir: string, dist: string): Promise<ReinstallableExtension> {
  const args = chromiumArgs(dist).filter((arg) => !arg.startsWith('--load-extension='));
  const { context, external } = await launchBrowser(userDataDir, [...args, '--enable-unsafe-extension-debugging']);
  const browser = context.browser();
  if (!browser) throw new Error('no browser to open a DevTools session on');
  const devtools = await browser.newBrowserCDPSession();
  const install = async () => {
    const started = context.waitForEvent('serviceworker', (w) => w.url().startsWith('chrome-extension://'));
    await devtools.send('Extensions.loadUnpacked', { path: dist });
    const worker = await started;
    try {
      await installRoundDone(worker);
      return worker;
    } catch (error) {
      // On a busy machine the worker first announced can be gone before the round is stored ("No SW"): one
      // of the uninstalled build, or the new one stopped and started again. The install's round is then
      // in the worker that is, or next comes, up.
      if (!String(error).includes('No SW')) throw error;
      const isOurs = (w: Worker) => w !== worker && w.url().startsWith('chrome-extension://');
      const next =
        context.serviceWorkers().find(isOurs) ??
        (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
      await installRoundDone(next);
      return next;
    }
  };
  const extension = extensionIn(context, await install(), external);
  return Object.assign(extension, {
    async resetToInstall() {
      // Every page of the last test goes; one blank tab stays, as closing the last one would open
      // the browser's start page, which is on the internet.
      const blank = await context.newPage();
      await Promise.all(context.pages().map((page) => (page === blank ? undefined : page.close())));
      await devtools.send('Extensions.uninstall', { id: extension.id });
      extension.worker = await install();
    },
  });
}

function failOnExternal(extension: Extension): void {
  const tried = extension.external.splice(0);
  if (tried.length > 0) throw new Error(`the browser tried to reach the internet: ${tried.join(', ')}`);
}

/**
 * The worker's replay server with the providers at `initialScenario` for each test; for tests that launch
 * browsers of their own (a restart, a profile set up first): `launchExtension`.
 */
export const test = base.extend<
  { initialScenario: object; providersAtStart: undefined },
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
  /**
   * Every test starts with the providers reporting `initialScenario` and an empty replay log, whatever
   * the test before it left on the worker's replay server, including tests that launch their own browsers.
   */
  providersAtStart: [
    async ({ replay, initialScenario }, use) => {
      replay.setScenario(initialScenario);
      replay.clearLog();
      await use(undefined);
    },
    { auto: true },
  ],
});

/**
 * For tests that need only a freshly installed extension, not a new profile: the worker keeps one
 * browser, and each test gets the extension uninstalled and installed again in it
 * (`ReinstallableExtension.resetToInstall`), which takes a fraction of a browser launch.
 */
export const sharedBrowserTest = test.extend<{ extension: Extension }, { sharedExtension: ReinstallableExtension }>({
  sharedExtension: [
    // The replay server comes first: the install round asks it.
    async ({ replay: _upFirst, quickProviderTimeout }, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'caplens-e2e-'));
      const extension = await launchReinstallableExtension(dir, distFor(quickProviderTimeout));
      await use(extension);
      await extension.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extension: async ({ sharedExtension, providersAtStart: _first }, use) => {
    await sharedExtension.resetToInstall();
    await use(sharedExtension);
    failOnExternal(sharedExtension);
  },
});

export { expect } from '@playwright/test';
