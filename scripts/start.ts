// npm start: builds the extension and opens Chromium with it on the sample article.
// --replay: every provider is simulated on loopback (works offline).
// --headless: no window; prints what the badge shows and exits (a smoke test for machines without a display).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs } from './lib/chromiumArgs.mjs';
import { findChromium } from './lib/findChromium.mjs';
import { startReplayServer } from './replay/server';

const { values } = parseArgs({
  options: { replay: { type: 'boolean' }, headless: { type: 'boolean' }, scenario: { type: 'string' } },
});

function fail(message: string): never {
  console.error(`start: ${message}`);
  process.exit(1);
}

let executablePath: string;
try {
  executablePath = findChromium();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!values.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('no display to open a window on (DISPLAY is not set). Use `npm start -- --headless` for a check without one.');
}

const article = readFileSync('samples/article.html', 'utf8');
let articleUrl: string;
let dist: string;
if (values.replay) {
  const scenario = values.scenario ? JSON.parse(readFileSync(values.scenario, 'utf8')) : undefined;
  const replay = await startReplayServer({
    scenario,
    pages: { '/article.html': ['text/html; charset=utf-8', article] },
  });
  dist = resolve('dist/replay/chrome');
  execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'chrome', '--out', dist], {
    stdio: 'inherit',
    env: { ...process.env, CAPLENS_API_ORIGIN: replay.origin },
  });
  articleUrl = `${replay.origin}/article.html`;
  console.log(`start: providers simulated at ${replay.origin}; change them with POST ${replay.origin}/__scenario`);
} else {
  // The shipped build annotates news sites only: this one also the sample article on loopback.
  dist = resolve('dist/start/chrome');
  execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'chrome', '--out', dist, '--loopback-pages'], {
    stdio: 'inherit',
  });
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(article);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  articleUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'caplens-start-')), {
  executablePath,
  headless: Boolean(values.headless),
  viewport: null,
  args: chromiumArgs(dist),
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
console.log(`start: CapLens loaded (id ${new URL(worker.url()).host}) on ${articleUrl}`);

if (values.headless) {
  let badge = '';
  for (let i = 0; i < 40 && !badge; i++) {
    await new Promise((done) => setTimeout(done, 250));
    badge = await worker.evaluate(() => chrome.action.getBadgeText({}));
  }
  const title = await worker.evaluate(() => chrome.action.getTitle({}));
  // The sample article's notes come once the figures are stored: what a reader of the page would see.
  let notes = 0;
  for (let i = 0; i < 40 && badge && !notes; i++) {
    await new Promise((done) => setTimeout(done, 250));
    notes = await page.locator('caplens-note').count();
  }
  console.log(`badge: ${badge || '(empty)'}\ntitle: ${title}\nnotes on the sample article: ${notes}`);
  await context.close();
  process.exit(badge && notes > 0 ? 0 : 1);
}
context.on('close', () => process.exit(0));
