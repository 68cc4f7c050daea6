// Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi: a fresh
// profile, the extension installed as a temporary add-on, and a guard that refuses (and records)
// every request Firefox tries to send off loopback. Between tests in one browser the add-on is
// uninstalled and installed again (resetToInstall). For restart tests, a kept profile with the
// extension installed for good, as a user installs it, and a quit that lets Firefox shut down.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/lib/findFirefox.mjs';
import { GECKO_ID } from '../../../scripts/lib/firefoxManifest';
import { zipDirectory } from '../../../scripts/lib/zip.mjs';
import type { RefreshReply } from '../../../src/state/messages';

/** Pinned through `extensions.webextensions.uuids`, so extension pages have a known address. */
export const EXTENSION_UUID = '3f6c2a9e-5b1d-4c7e-9a0f-caf1e5c0ffee';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const POPUP_PATH = 'src/popup/index.html';

export interface ConsoleEntry {
  level: 'error' | 'warning' | 'info';
  text: string;
  source: string;
}

/**
 * How the extension gets into the profile.
 * - 'temporary': as about:debugging loads it; Firefox drops it when it quits.
 * - 'permanent': the build zipped into an .xpi and installed for good, as from a file or AMO; it
 *   lands in the profile's extensions folder and starts with every later launch of that profile.
 *   Unsigned, so the profile is told not to require signatures (ESR honours the preference).
 * - 'installed': nothing installed: the profile has it already, from a 'permanent' launch before.
 */
export type InstallMode = 'temporary' | 'permanent' | 'installed';

export interface LaunchOptions {
  /** A profile folder to use and keep (the caller removes it); a fresh throwaway one by default. */
  profile?: string;
  install?: InstallMode;
}

export interface AddonRecord {
  id: string;
  version: string;
  active: boolean;
  temporarilyInstalled: boolean;
  /** When Firefox installed it (ms); the same across restarts unless it was installed again. */
  installDate: number;
}

export interface FirefoxExtension {
  browser: Browser;
  /** Requests Firefox tried to send off loopback, refused by the guard: must stay empty. */
  external: string[];
  /** Opens an extension page (the popup's by default) in a tab, loaded. */
  open(path?: string): Promise<Page>;
  /** Opens a web page and waits for its load event. */
  visit(url: string): Promise<Page>;
  /** Sends { type: 'refresh' } from an extension page, as the popup's button does. */
  refresh(): Promise<RefreshReply>;
  badge(): Promise<{ text: string; title: string; color: number[] }>;
  /** Runs `fn` (with `args`, serializable) in an extension page: the popup page kept open for the purpose. */
  inExtension<T, A extends unknown[] = []>(fn: (...args: A) => Promise<T>, ...args: A): Promise<T>;
  /**
   * What Firefox's own console holds about the extension since the browser started or the last
   * resetToInstall: manifest warnings, script errors.
   */
  console(): Promise<ConsoleEntry[]>;
  /** Closes every tab and window but one blank tab, as a browser just started has. */
  closeTabs(): Promise<void>;
  /**
   * Brings the extension back to a fresh install in the same browser: every tab closed, the add-on
   * uninstalled (Firefox's own clean-up then empties its storage areas, takes back every permission
   * granted after install and forgets its registered scripts; its event page, alarms and any clock a
   * test changed go with it), Firefox's console emptied, the build installed again as a temporary
   * add-on and its install round waited for. Only for a 'temporary' launch.
   */
  resetToInstall(): Promise<void>;
  /** The add-on as Firefox's add-on manager records it. */
  addon(): Promise<AddonRecord | null>;
  /** Evaluates `expression` in Firefox's parent process, where its own UI code runs; a promise is awaited. */
  evaluateInFirefox(expression: string): Promise<unknown>;
  close(): Promise<void>;
  /**
   * Quits as the user does (File › Quit): Firefox runs its whole shutdown and exits by itself.
   * close() ends the process once its tabs are gone, which may cut the shutdown short; a restart
   * test needs the profile written out as a real quit leaves it.
   */
  quit(): Promise<void>;
}

/** Polls until `check` holds for what `read` returns; gives the last value in the error. */
export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (check(value)) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms; last: ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A proxy that answers every request with 403 and records where it was going. */
async function startGuard(): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', (chunk) => {
      // "CONNECT host:443 HTTP/1.1" for HTTPS and WebSockets, "GET http://host/path HTTP/1.1" for HTTP.
      hits.push(chunk.toString('latin1').split('\r\n')[0] ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('guard proxy has no port');
  return { server, port: address.port, hits };
}

function preferences(guardPort: number, install: InstallMode): Record<string, unknown> {
  return {
    // An add-on installed for good must be signed unless this is off; Firefox ESR (unlike release)
    // honours it. Left alone for temporary add-ons, which never need a signature.
    ...(install === 'temporary' ? {} : { 'xpinstall.signatures.required': false }),
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // An uninstall forgets the add-on's address unless this is on: resetToInstall's new install keeps it.
    'extensions.webextensions.keepUuidOnUninstall': true,
    // MV3 host permissions are the user's to grant; desktop Firefox grants the manifest's at install
    // (the default since 127). Pinned so the run does not hang on a default.
    'extensions.originControls.grantByDefault': true,
    // An optional permission asked for (from a user's click) is granted without the prompt, which a
    // headless run cannot answer: as if the user clicked Allow.
    'extensions.webextOptionalPermissionPrompts': false,
    // Everything off loopback goes to the guard: Firefox never sends loopback through a proxy.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': guardPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': guardPort,
    'network.proxy.no_proxies_on': '',
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    // Firefox's own background traffic, off: nothing then reaches the guard unless the extension or a
    // page asked for it. Remote settings take a dead loopback server (MOZ_REMOTE_SETTINGS_DEVTOOLS lets
    // a release build accept the override).
    'services.settings.server': 'http://127.0.0.1:9/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.showPane': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.topsites.contile.enabled': false,
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Evaluates an expression in Firefox's parent process (needs --remote-allow-system-access). */
async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [window] = tree.result.contexts as { context: string }[];
  if (!window) throw new Error('Firefox has no chrome window');
  const reply = await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
  });
  const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (result.type !== 'success') throw new Error(`chrome evaluation failed: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

const ADDON_EXPRESSION = `ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs')
  .AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)})
  .then((a) => JSON.stringify(a && { id: a.id, version: a.version, active: a.isActive,
    temporarilyInstalled: a.temporarilyInstalled, installDate: a.installDate.getTime() }))`;

// Deferred, so the evaluation answers before Firefox starts shutting down.
const QUIT_EXPRESSION = 'setTimeout(() => Services.startup.quit(Ci.nsIAppStartup.eAttemptQuit), 0)';

/** Installs the build for good: zipped into an .xpi, which Firefox copies into the profile. */
async function installPermanently(browser: Browser, dist: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'caplens-xpi-'));
  try {
    const xpi = join(folder, 'caplens.xpi');
    zipDirectory(dist, xpi);
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const reply = await connection.send('webExtension.install', {
      extensionData: { type: 'archivePath', path: xpi },
      'moz:permanent': true,
    });
    return String(reply.result.extension);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * What a fresh install has none of and a test may have left: origins granted beyond the manifest's,
 * registered content scripts, synced settings. Runs in an extension page.
 */
async function leftFromBefore(): Promise<string[]> {
  const manifest = browser.runtime.getManifest() as unknown as {
    host_permissions?: string[];
    content_scripts?: { matches: string[] }[];
  };
  const declared = new Set([
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ]);
  const granted = ((await browser.permissions.getAll()).origins ?? []).filter(
    (origin: string) => !declared.has(origin),
  );
  const scripts = (await browser.scripting.getRegisteredContentScripts()).map((script: { id: string }) => script.id);
  const synced = Object.keys(await browser.storage.sync.get(null));
  return [
    ...(granted.length > 0 ? [`origins granted: ${granted.join(', ')}`] : []),
    ...(scripts.length > 0 ? [`registered scripts: ${scripts.join(', ')}`] : []),
    ...(synced.length > 0 ? [`synced keys: ${synced.join(', ')}`] : []),
  ];
}

/**
 * Uninstalls the add-on and waits for Firefox's clean-up after it (storage, permissions, registered
 * scripts), which it runs after the uninstall has returned: a new install must not race it.
 */
const UNINSTALL_EXPRESSION = `(async () => {
  const id = ${JSON.stringify(GECKO_ID)};
  const { Management } = ChromeUtils.importESModule('resource://gre/modules/Extension.sys.mjs');
  const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
  const cleaned = new Promise((resolve) => {
    const listener = (_event, addonId, tasks) => {
      if (addonId !== id) return;
      Management.off('cleanupAfterUninstall', listener);
      resolve(Promise.all(tasks.map((task) => task.promise)));
    };
    Management.on('cleanupAfterUninstall', listener);
  });
  const addon = await AddonManager.getAddonByID(id);
  if (!addon) throw new Error('the add-on is not installed');
  await addon.uninstall();
  await cleaned;
  return true;
})()`;

const CONSOLE_EXPRESSION = `JSON.stringify(Services.console.getMessageArray().flatMap((m) => {
  const error = m instanceof Ci.nsIScriptError ? m : null;
  const text = error ? error.errorMessage : m.message;
  const source = error ? error.sourceName : '';
  if (!text.includes(${JSON.stringify(GECKO_ID)}) && !source.startsWith(${JSON.stringify(EXTENSION_ORIGIN)})) return [];
  const level = error ? (error.flags & Ci.nsIScriptError.warningFlag ? 'warning' : error.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error')
    : (/\\tWARN\\t/.test(text) ? 'warning' : /\\t(ERROR|FATAL)\\t/.test(text) ? 'error' : 'info');
  return [{ level, text, source }];
}))`;

export async function launchFirefox(dist: string, options: LaunchOptions = {}): Promise<FirefoxExtension> {
  const { profile, install = 'temporary' } = options;
  const guard = await startGuard();
  const launchedAt = Date.now();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    ...(profile ? { userDataDir: profile } : {}),
    // Lets tests open moz-extension:// pages and read Firefox's console for the extension.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: preferences(guard.port, install),
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  try {
    const installTemporarily = async () => {
      const id = await firefox.installExtension(dist);
      if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
    };
    if (install === 'temporary') await installTemporarily();
    if (install === 'permanent') {
      const id = await installPermanently(firefox, dist);
      if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
    }

    const open = async (path = POPUP_PATH): Promise<Page> => {
      const page = await firefox.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}`;
      // Firefox's BiDi never reports the navigation to a moz-extension:// page as finished: goto does
      // not settle, so the page's own location and ready state say when it is there.
      page.goto(url).catch(() => {});
      await until(
        () => page.evaluate(() => `${location.href} ${document.readyState}`),
        (state) => state === `${url} complete`,
      );
      return page;
    };

    let helper: Page | null = null;
    const inExtension = async <T, A extends unknown[] = []>(fn: (...args: A) => Promise<T>, ...args: A): Promise<T> => {
      helper ??= await open();
      return helper.evaluate(fn as (...args: unknown[]) => Promise<T>, ...args) as Promise<T>;
    };

    // Tests start once the round the install (or, in a kept profile, the browser's start) triggers
    // has finished, so they see only their own rounds.
    const roundFinished = (since: number) =>
      until(
        () =>
          inExtension(
            async () =>
              (
                (await browser.storage.local.get('caplens.state'))['caplens.state'] as
                  | { lastRound?: { finishedAt: number } | null }
                  | undefined
              )?.lastRound?.finishedAt ?? 0,
          ),
        (finishedAt) => finishedAt >= since,
      );
    await roundFinished(launchedAt);

    const closeTabs = async () => {
      helper = null;
      const blank = await firefox.newPage();
      await Promise.all((await firefox.pages()).filter((page) => page !== blank).map((page) => page.close()));
    };

    return {
      browser: firefox,
      external: guard.hits,
      open,
      async visit(url) {
        const page = await firefox.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      refresh: () => inExtension(() => browser.runtime.sendMessage({ type: 'refresh' })),
      badge: () =>
        inExtension(async () => ({
          text: await browser.action.getBadgeText({}),
          title: await browser.action.getTitle({}),
          color: await browser.action.getBadgeBackgroundColor({}),
        })),
      inExtension,
      async console() {
        return JSON.parse(String(await evaluateInChrome(firefox, CONSOLE_EXPRESSION))) as ConsoleEntry[];
      },
      closeTabs,
      async resetToInstall() {
        if (install !== 'temporary') throw new Error('only a temporary add-on is installed again');
        await closeTabs();
        await evaluateInChrome(firefox, UNINSTALL_EXPRESSION);
        // What the uninstall itself logs (its pages' channels closing) is not the next test's.
        await evaluateInChrome(firefox, 'Services.console.reset()');
        const installedAt = Date.now();
        await installTemporarily();
        await roundFinished(installedAt);
        const left = await inExtension(leftFromBefore);
        if (left.length > 0) throw new Error(`the new install still has ${left.join('; ')}`);
      },
      evaluateInFirefox: (expression) => evaluateInChrome(firefox, expression),
      async addon() {
        return JSON.parse(String(await evaluateInChrome(firefox, ADDON_EXPRESSION))) as AddonRecord | null;
      },
      async close() {
        await firefox.close();
        await new Promise((resolve) => guard.server.close(resolve));
      },
      async quit() {
        const child = firefox.process();
        const exited = new Promise<void>((resolve, reject) => {
          if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => reject(new Error('Firefox did not exit within 15 s of quitting')), 15_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        exited.catch(() => {}); // awaited below; handled even if the quit itself fails first
        try {
          await evaluateInChrome(firefox, QUIT_EXPRESSION);
          await exited;
        } finally {
          // Gone already: this only lets go of the connection (and ends Firefox if it hung).
          await firefox.close();
          await new Promise((resolve) => guard.server.close(resolve));
        }
      },
    };
  } catch (error) {
    await firefox.close();
    guard.server.close();
    throw error;
  }
}
