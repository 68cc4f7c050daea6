// The built extension speaks the browser's language: German here, from _locales/de.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchExtension, test } from './support/fixtures';

test('a German browser gets German words and German numbers', async ({ replay }) => {
  replay.setScenario({ btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 });
  const dir = mkdtempSync(join(tmpdir(), 'caplens-de-'));
  const extension = await launchExtension(dir, undefined, 'de');
  try {
    const popup = await extension.open();
    await expect(popup.locator('dt').first()).toHaveText('Marktkapitalisierung');
    await expect(popup.getByTestId('price')).toHaveText('61.234,50\u00a0$');
    await expect(popup.getByTestId('freshness')).toHaveText(/^live · vor \d+ s$/);
    await expect(popup.getByRole('button', { name: 'Jetzt aktualisieren' })).toBeVisible();
    const title = await extension.worker.evaluate(() => chrome.action.getTitle({}));
    expect(title).toMatch(
      /^BTC 61\.235\u00a0\$ · Marktkap\. 1,22\u00a0Bio\.\u00a0\$ · Umlauf 19\.953\.128 · \+2,1\u00a0% 24 Std\. · aktualisiert/,
    );
    // The notes' sentence on a page: German words, and the percentage as German writes it.
    replay.setPage('/article.html', readFileSync('tests/e2e/pages/article.html', 'utf8'));
    const page = await extension.context.newPage();
    await page.goto(`${replay.origin}/article.html`);
    const note = page.locator('#price caplens-note').first();
    await expect.poll(() => note.getAttribute('aria-label')).toMatch(/Jetzt \$61,235, 10,7\u00a0% höher\.$/);
  } finally {
    await extension.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
