// Framework-rendered article apps (React 18 and 19, Vue 3, Svelte 5), server-rendered and bundled at
// test time, production and development builds, hydrated at once or late. Each case runs on
// 127.0.0.1, where CapLens runs, and on localhost, where the content script is not injected: the
// control. See tests/shared/frameworks/scenario.ts for what is asserted.
import type { Page } from '@playwright/test';
import { FRAMEWORKS } from '../shared/frameworks/build';
import { MODES } from '../shared/frameworks/matrix';
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
import { sharedBrowserTest as base, type Extension } from './support/fixtures';

const test = base.extend<object, { frameworks: FrameworkServer }>({
  frameworks: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const server = await startFrameworkServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

async function tab(extension: Extension, url: string): Promise<AppTab> {
  const page: Page = await extension.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return {
    state: () => page.evaluate(readState),
    click: (selector) => page.click(selector),
    problems: () => problems.map((p) => p.replace(/localhost|127\.0\.0\.1/g, 'HOST')),
    close: () => page.close(),
  };
}

async function open(extension: Extension, server: FrameworkServer, path: string): Promise<AppPair> {
  const control = await tab(extension, `http://localhost:${server.port}${path}`);
  const caplens = await tab(extension, `http://127.0.0.1:${server.port}${path}`);
  return { name: path, caplens, control };
}

// Each framework and build is one test in one browser, its cases side by side in tabs of their own: a
// browser start per case would cost more than the cases.
for (const framework of FRAMEWORKS) {
  for (const mode of MODES) {
    test(`${framework}, ${mode} build: hydration at once and after 0.3 s, 1 s and 3 s; text removed and back, loading swapped, a sentence swapped; a price updated every second`, async ({
      extension,
      frameworks,
    }) => {
      test.setTimeout(120_000);
      const run = async (query: string, steps: Parameters<typeof inPair>[1]) =>
        inPair(await open(extension, frameworks, `/${framework}/${mode}/${query}`), steps);
      await Promise.all([0, 300, 1000, 3000].map((delay) => run(`?hydrate=${delay}`, hydrationCase)));
      await Promise.all([run('', updatesCase), run('?tick=1000', tickerCase)]);
    });
  }
}
