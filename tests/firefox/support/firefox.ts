// Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi: a fresh
// profile, the extension installed as a temporary add-on, and a guard that refuses (and records)
// every request Firefox tries to send off loopback.
import { createServer, type Server } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/lib/findFirefox.mjs';
import { GECKO_ID } from '../../../scripts/lib/firefoxManifest';
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
  /** Runs `fn` in an extension page: the popup page kept open for the purpose. */
  inExtension<T>(fn: () => Promise<T>): Promise<T>;
  /** What Firefox's own console holds about the extension: manifest warnings, script errors. */
  console(): Promise<ConsoleEntry[]>;
  close(): Promise<void>;
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

function preferences(guardPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // MV3 host permissions are the user's to grant; desktop Firefox grants the manifest's at install
    // (the default since 127). Pinned so the run does not hang on a default.
    'extensions.originControls.grantByDefault': true,
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

const CONSOLE_EXPRESSION = `JSON.stringify(Services.console.getMessageArray().flatMap((m) => {
  const error = m instanceof Ci.nsIScriptError ? m : null;
  const text = error ? error.errorMessage : m.message;
  const source = error ? error.sourceName : '';
  if (!text.includes(${JSON.stringify(GECKO_ID)}) && !source.startsWith(${JSON.stringify(EXTENSION_ORIGIN)})) return [];
  const level = error ? (error.flags & Ci.nsIScriptError.warningFlag ? 'warning' : error.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error')
    : (/\\tWARN\\t/.test(text) ? 'warning' : /\\t(ERROR|FATAL)\\t/.test(text) ? 'error' : 'info');
  return [{ level, text, source }];
}))`;

export async function launchFirefox(dist: string): Promise<FirefoxExtension> {
  const guard = await startGuard();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Lets tests open moz-extension:// pages and read Firefox's console for the extension.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: preferences(guard.port),
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  try {
    const id = await firefox.installExtension(dist);
    if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);

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
    const inExtension = async <T>(fn: () => Promise<T>): Promise<T> => {
      helper ??= await open();
      return helper.evaluate(fn) as Promise<T>;
    };

    // Tests start once the round the install triggers has finished, so they see only their own rounds.
    await until(
      () =>
        inExtension(async () =>
          Boolean(
            ((await browser.storage.local.get('caplens.state'))['caplens.state'] as { lastRound?: unknown } | undefined)
              ?.lastRound,
          ),
        ),
      Boolean,
    );

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
      async close() {
        await firefox.close();
        await new Promise((resolve) => guard.server.close(resolve));
      },
    };
  } catch (error) {
    await firefox.close();
    guard.server.close();
    throw error;
  }
}
