// npm run screenshots: pictures of the built extension for the README, made from a replay build
// so they are the same on every machine: the popup live and stale, in light and dark.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchExtension } from '../tests/e2e/support/fixtures';
import { startReplayServer } from './replay/server';

const replay = await startReplayServer({ scenario: { btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 } });
const dist = resolve('dist/screenshots/chrome');
execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'chrome', '--out', dist], {
  stdio: 'inherit',
  env: { ...process.env, CAPLENS_API_ORIGIN: replay.origin },
});
mkdirSync('docs', { recursive: true });

const extension = await launchExtension(mkdtempSync(join(tmpdir(), 'caplens-shots-')), dist);
const popup = await extension.open();
await popup.setViewportSize({ width: 340, height: 600 });
await popup.getByTestId('sparkline').waitFor();

async function shoot(name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('body').screenshot({ path: `docs/popup-${name}-${scheme}.png`, animations: 'disabled' });
  }
}

await shoot('live');

// The options page, and the sample article with its notes, one of them hovered.
const options = await extension.open('src/options/index.html');
await options.setViewportSize({ width: 720, height: 1100 });
await options.getByRole('button', { name: 'Save' }).waitFor();
await options.screenshot({ path: 'docs/options.png', fullPage: true });
replay.setPage('/article.html', readFileSync('samples/article.html', 'utf8'));
const article = await extension.context.newPage();
await article.setViewportSize({ width: 760, height: 720 });
await article.goto(`${replay.origin}/article.html`);
await article.locator('caplens-note').first().waitFor();
await article.locator('caplens-note').nth(1).hover();
await article.screenshot({ path: 'docs/article-notes.png' });
const down = { status: 503 };
replay.setScenario({
  btcUsd: 61_234.5,
  height: 925_000,
  providers: { coingecko: down, coinbase: down, kraken: down, mempool: down, blockstream: down },
});
await extension.refresh();
await popup.getByText(/^stale/).waitFor();
await shoot('stale');

await extension.context.close();
await replay.close();
console.log('screenshots written to docs/');
