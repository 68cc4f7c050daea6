// Framework-rendered article apps in Firefox: React 18 and 19 and Vue 3, production and development
// builds, the cases of the Chromium suite (tests/e2e/frameworks.spec.ts) from the same builders and
// scenario, each against a control on localhost, where the content script is not injected.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, test } from 'vitest';
import { FIREFOX_FRAMEWORKS, MODES } from '../shared/frameworks/matrix';
import {
  type AppPair,
  type AppTab,
  hydrationCase,
  inPair,
  readState,
  tickerCase,
  updatesCase,
} from '../shared/frameworks/scenario';
import { type FrameworkServer, startFrameworkServer } from '../shared/frameworks/server';
import type { FirefoxExtension } from './support/firefox';
import { useFirefoxExtension } from './support/suite';

const suite = useFirefoxExtension();
let server: FrameworkServer;
beforeAll(async () => {
  server = await startFrameworkServer();
});
afterAll(async () => {
  await server?.close();
});

async function tab(extension: FirefoxExtension, url: string): Promise<AppTab> {
  // A window of its own: Firefox throttles the timers of a tab that is not its window's selected one,
  // and the cases run side by side.
  const page: Page = await extension.browser.newPage({ type: 'window' });
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warn') problems.push(`${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${(error as Error).message ?? String(error)}`));
  await page.goto(url, { waitUntil: 'load' });
  return {
    state: () => page.evaluate(readState),
    click: (selector) => page.click(selector),
    problems: () => problems.map((p) => p.replace(/localhost|127\.0\.0\.1/g, 'HOST')),
    close: () => page.close(),
  };
}

async function open(path: string): Promise<AppPair> {
  const { extension } = suite;
  const control = await tab(extension, `http://localhost:${server.port}${path}`);
  const caplens = await tab(extension, `http://127.0.0.1:${server.port}${path}`);
  return { name: path, caplens, control };
}

for (const framework of FIREFOX_FRAMEWORKS) {
  for (const mode of MODES) {
    test(`${framework}, ${mode} build: hydration at once and late, updates, a ticker`, {
      timeout: 180_000,
    }, async () => {
      // Side by side, as in Chromium.
      const run = async (query: string, steps: Parameters<typeof inPair>[1]) =>
        inPair(await open(`/${framework}/${mode}/${query}`), steps);
      await Promise.all([0, 300, 1000, 3000].map((delay) => run(`?hydrate=${delay}`, hydrationCase)));
      await Promise.all([run('', updatesCase), run('?tick=1000', tickerCase)]);
    });
  }
}
