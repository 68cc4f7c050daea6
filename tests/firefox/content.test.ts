// The content script in Firefox, on the news-like page of the Chromium suite served from loopback.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../src/state/keys';
import { contrastPages, noteColours, noteContrast } from '../shared/noteContrast';
import { notesOnPage } from '../shared/notesOnPage';
import { useFirefoxExtension } from './support/suite';

const ARTICLE = readFileSync('tests/e2e/pages/article.html', 'utf8');

const suite = useFirefoxExtension();

/** Generous: the machine may be busy with other browsers. */
const POLL = { timeout: 10_000, interval: 100 };

async function openArticle(): Promise<Page> {
  const { extension, replay } = suite;
  replay.setPage('/article.html', ARTICLE);
  return extension.visit(`${replay.origin}/article.html`);
}

/** Each note on the page: kind, amount, visible text, and the paragraph it sits in. */
function notesOf(page: Page) {
  return page.evaluate(notesOnPage);
}

test('puts market-cap context after bitcoin prices and caps, and nowhere else', async () => {
  const page = await openArticle();
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
  expect(await notesOf(page)).toEqual([
    { kind: 'cap', usd: 1.25e12, text: '≈ $62.6k/BTC', in: 'headline', before: 'trillion' },
    { kind: 'price', usd: 55_300, text: '≈ $1.10T cap', in: 'price', before: '55,300' },
    { kind: 'price', usd: 50_800, text: '≈ $1.01T cap', in: 'price', before: ' $50,800' },
    { kind: 'cap', usd: 1.1e12, text: '≈ $55.1k/BTC', in: 'cap', before: 'trillion' },
    { kind: 'price', usd: 57_000, text: '≈ $1.14T cap', in: 'html', before: ' $57,000' },
  ]);
  // Forms, editable regions and HTML-shaped text are left alone; the page's text is what it was.
  const untouched = await page.evaluate((html) => {
    const original = new DOMParser().parseFromString(html, 'text/html').body.textContent;
    return {
      draft: (document.querySelector('#draft') as HTMLTextAreaElement).value,
      editor: document.querySelector('#editor')?.innerHTML,
      images: document.querySelectorAll('#html img').length,
      sameText: document.body.textContent === original,
    };
  }, ARTICLE);
  expect(untouched).toEqual({
    draft: 'Bitcoin is at $55,300 right now.',
    editor: 'My note: bitcoin hit $58,000 today.',
    images: 0,
    sameText: true,
  });
});

test('notes follow the live price', async () => {
  const { extension, replay } = suite;
  const page = await openArticle();
  const label = () =>
    page.evaluate(() => document.querySelector('#price caplens-note')?.getAttribute('aria-label') ?? '');
  await expect.poll(label).toContain('Now $61,235, 10.7% higher.');
  replay.setScenario({ btcUsd: 50_000, height: 925_000, change24hPct: -3 });
  await extension.refresh();
  await expect.poll(label).toContain('Now $50,000, 9.6% lower.');
});

test('turning the site off removes its notes at once, and on brings them back', async () => {
  const { extension } = suite;
  const page = await openArticle();
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
  const before = await page.evaluate(() => document.body.innerHTML);
  await extension.inExtension(
    (key) => browser.storage.sync.set({ [key]: { sites: { '127.0.0.1': false } } }),
    SETTINGS_KEY,
  );
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(0);
  // Removing the notes joins the text they split: the page is as it was before CapLens.
  const after = await page.evaluate(() => document.body.innerHTML);
  expect(after).toBe(before.replace(/<caplens-note[^>]*><\/caplens-note>/g, ''));
  await extension.inExtension((key) => browser.storage.sync.set({ [key]: { sites: {} } }), SETTINGS_KEY);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
});

test('annotates what the page adds later', async () => {
  const page = await openArticle();
  await expect.poll(() => notesOf(page).then((n) => n.length), POLL).toBe(5);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'update';
    p.textContent = 'Update: bitcoin jumped to $60,100 in late trading.';
    document.querySelector('#live')?.append(p);
  });
  await expect
    .poll(() => notesOf(page).then((n) => n.filter((x) => x.in === 'update')), POLL)
    .toEqual([{ kind: 'price', usd: 60_100, text: '≈ $1.20T cap', in: 'update', before: ' $60,100' }]);
});

test('the global pause removes the notes and stops all work until it is lifted', async () => {
  const { extension } = suite;
  const page = await openArticle();
  await expect.poll(() => notesOf(page).then((n) => n.length), POLL).toBe(5);
  await extension.inExtension((key) => browser.storage.sync.set({ [key]: { paused: true } }), SETTINGS_KEY);
  await expect.poll(() => notesOf(page).then((n) => n.length), POLL).toBe(0);
  // Paused, a paragraph the page adds gets no note: no observer is left running. Absence can only be
  // watched for a while: longer than the Chromium test's 1.5 s, since a busy machine slows the content
  // script's idle-time reading (which waits up to 1 s for idle time) and a note might come later.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Update: bitcoin jumped to $60,100 in late trading.';
    document.querySelector('#live')?.append(p);
  });
  await sleep(3_000);
  expect(await notesOf(page)).toEqual([]);
  await extension.inExtension((key) => browser.storage.sync.set({ [key]: { paused: false } }), SETTINGS_KEY);
  await expect.poll(() => notesOf(page).then((n) => n.length), POLL).toBe(6);
});

test('notes read on white and on black pages', async () => {
  const { extension, replay } = suite;
  for (const [path, background] of contrastPages(replay, ARTICLE)) {
    const page = await extension.visit(`${replay.origin}${path}`);
    await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(5);
    const ratio = noteContrast(await page.evaluate(noteColours, 'price'), background);
    expect(ratio.text).toBeGreaterThanOrEqual(4.5);
    expect(ratio.tooltip).toBeGreaterThanOrEqual(4.5);
  }
});
