// The content script of the built extension on a news-like page served from loopback.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { scanPage } from '../../src/content/scanPage';
import { SETTINGS_KEY } from '../../src/state/keys';
import { contrastPages, noteColours, noteContrast, WHITE } from '../shared/noteContrast';
import { notesOnPage } from '../shared/notesOnPage';
import { type Extension, expect, sharedBrowserTest as test } from './support/fixtures';

const ARTICLE = readFileSync('tests/e2e/pages/article.html', 'utf8');
const STRUCTURED = readFileSync('tests/e2e/pages/structured.html', 'utf8');

async function openArticle(extension: Extension, replay: { origin: string; setPage(p: string, b: string): void }) {
  replay.setPage('/article.html', ARTICLE);
  const page = await extension.context.newPage();
  await page.goto(`${replay.origin}/article.html`);
  return page;
}

/** Each note on the page: kind, amount, visible text, and the paragraph it sits in. */
function notesOf(page: Page) {
  return page.evaluate(notesOnPage);
}

test('puts market-cap context after bitcoin prices and caps, and nowhere else', async ({ extension, replay }) => {
  const page = await openArticle(extension, replay);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
  const notes = await notesOf(page);
  expect(notes).toEqual([
    { kind: 'cap', usd: 1.25e12, text: '≈ $62.6k/BTC', in: 'headline', before: 'trillion' },
    { kind: 'price', usd: 55_300, text: '≈ $1.10T cap', in: 'price', before: '55,300' },
    { kind: 'price', usd: 50_800, text: '≈ $1.01T cap', in: 'price', before: ' $50,800' },
    { kind: 'cap', usd: 1.1e12, text: '≈ $55.1k/BTC', in: 'cap', before: 'trillion' },
    { kind: 'price', usd: 57_000, text: '≈ $1.14T cap', in: 'html', before: ' $57,000' },
  ]);
  // The page's own CSS cannot hide or restyle the notes.
  const shown = await page
    .locator('caplens-note')
    .first()
    .evaluate((n) => getComputedStyle(n).display);
  expect(shown).toBe('inline');
});

// The corpus is scored by scanPage on linkedom; readers get the content script in Chromium. On a page of key
// figures, a ticker, levels, a table, live-blog entries and quotes, both add the same notes, in the same order.
test('reads key figures, tickers, levels, tables and live blogs as the corpus scorer does', async ({
  extension,
  replay,
}) => {
  replay.setPage('/structured.html', STRUCTURED);
  const page = await extension.context.newPage();
  await page.goto(`${replay.origin}/structured.html`);
  const { document } = parseHTML(STRUCTURED);
  const scored = scanPage(document, { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 });
  const expected = scored.map(({ kind, usd }) => ({ kind, usd }));
  // Every structure on the page gives its notes, and what is not bitcoin's (ETH, a volume, shares) none;
  // the purchase's "410 bitcoin" gets its worth at today's price.
  expect(expected.map(({ usd }) => usd)).toEqual([
    58_214,
    57_960,
    55_180,
    58_352,
    1.08e12,
    59_900,
    57_490,
    55_980,
    200_000,
    95_000,
    59_010,
    58_700,
    50_000,
    45_000,
    410 * 61_234.5,
    56_150,
  ]);
  await expect
    .poll(() => notesOf(page).then((notes) => notes.map(({ kind, usd }) => ({ kind, usd }))))
    .toEqual(expected);
});

test('leaves forms, editable regions and HTML-shaped text alone', async ({ extension, replay }) => {
  const page = await openArticle(extension, replay);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
  expect(await page.inputValue('#draft')).toBe('Bitcoin is at $55,300 right now.');
  expect(await page.inputValue('#field')).toBe('bitcoin $59,000');
  expect(await page.locator('#editor').innerHTML()).toBe('My note: bitcoin hit $58,000 today.');
  expect(await page.locator('#html img').count()).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  // The page's text, notes left out, is exactly what it was: notes keep their text in a shadow root.
  const text = await page.evaluate(() => document.body.textContent);
  const original = await page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent,
    ARTICLE,
  );
  expect(text).toBe(original);
  // Copying the article copies no note.
  const copied = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('article') as Node);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  });
  expect(copied).toContain('55,300 on Tuesday');
  expect(copied).not.toContain('≈');
});

test('annotates what the page adds later', async ({ extension, replay }) => {
  const page = await openArticle(extension, replay);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'update';
    p.textContent = 'Update: bitcoin jumped to $60,100 in late trading.';
    document.querySelector('#live')?.append(p);
  });
  await expect
    .poll(() => notesOf(page).then((n) => n.filter((x) => x.in === 'update')))
    .toEqual([{ kind: 'price', usd: 60_100, text: '≈ $1.20T cap', in: 'update', before: ' $60,100' }]);
});

test('notes follow the live price', async ({ extension, replay }) => {
  const page = await openArticle(extension, replay);
  const note = page.locator('#price caplens-note').first();
  await expect.poll(() => note.evaluate((n) => n.getAttribute('aria-label'))).toContain('Now $61,235, 10.7% higher.');
  replay.setScenario({ btcUsd: 50_000, height: 925_000, change24hPct: -3 });
  await extension.refresh();
  await expect.poll(() => note.evaluate((n) => n.getAttribute('aria-label'))).toContain('Now $50,000, 9.6% lower.');
});

test('turning the site off removes its notes at once, and on brings them back', async ({ extension, replay }) => {
  const page = await openArticle(extension, replay);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
  const before = await page.evaluate(() => document.body.innerHTML);
  const options = await extension.open();
  await options.evaluate((key) => chrome.storage.sync.set({ [key]: { sites: { '127.0.0.1': false } } }), SETTINGS_KEY);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(0);
  // Removing the notes joins the text they split: the page is as it was before CapLens.
  const after = await page.evaluate(() => document.body.innerHTML);
  expect(after).toBe(before.replace(/<caplens-note[^>]*><\/caplens-note>/g, ''));
  await options.evaluate((key) => chrome.storage.sync.set({ [key]: { sites: {} } }), SETTINGS_KEY);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
});

test('the global pause removes the notes and stops all work until it is lifted', async ({ extension, replay }) => {
  const page = await openArticle(extension, replay);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
  const options = await extension.open();
  await options.evaluate((key) => chrome.storage.sync.set({ [key]: { paused: true } }), SETTINGS_KEY);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(0);
  // Paused, a paragraph the page adds gets no note: no observer is left running.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Update: bitcoin jumped to $60,100 in late trading.';
    document.querySelector('#live')?.append(p);
  });
  await page.waitForTimeout(1500);
  expect(await notesOf(page)).toEqual([]);
  await options.evaluate((key) => chrome.storage.sync.set({ [key]: { paused: false } }), SETTINGS_KEY);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(6);
});

for (const colorScheme of ['dark', 'light'] as const) {
  test(`notes read on white and on black pages with the system in ${colorScheme} mode`, async ({
    extension,
    replay,
  }) => {
    for (const [path, background] of contrastPages(replay, ARTICLE)) {
      const page = await extension.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${replay.origin}${path}`);
      await expect(page.locator('#price caplens-note').first()).toHaveCount(1);
      const colours = await page.evaluate(noteColours, 'price');
      // The page is what the test says it is: its own background, whatever the system's scheme.
      expect(colours.page).toBe(background === WHITE ? 'rgba(0, 0, 0, 0)' : 'rgb(0, 0, 0)');
      const ratio = noteContrast(colours, background);
      console.log(
        `${colorScheme} scheme, ${path}: note ${colours.text.color} on ${colours.text.background}: ${ratio.text.toFixed(2)}; tooltip ${colours.tooltip.color} on ${colours.tooltip.background}: ${ratio.tooltip.toFixed(2)}`,
      );
      expect(ratio.text).toBeGreaterThanOrEqual(4.5);
      expect(ratio.tooltip).toBeGreaterThanOrEqual(4.5);
      await page.close();
    }
  });
}
