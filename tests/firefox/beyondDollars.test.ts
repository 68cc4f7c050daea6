// Notes for amounts of bitcoin and for prices in pounds, in Firefox, at the figures and rates the
// background fetched from the replay server (the Chromium suite's page and figures).
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../src/state/keys';
import { notesOnPage } from '../shared/notesOnPage';
import { useFirefoxExtension } from './support/suite';

const PAGE = readFileSync('tests/e2e/pages/beyond-dollars.html', 'utf8');

const suite = useFirefoxExtension();

/** Generous: the machine may be busy with other browsers. */
const POLL = { timeout: 10_000, interval: 100 };

async function openPage(): Promise<Page> {
  const { extension, replay } = suite;
  replay.setPage('/beyond-dollars.html', PAGE);
  return extension.visit(`${replay.origin}/beyond-dollars.html`);
}

const notesOf = (page: Page) => page.evaluate(notesOnPage);

test('an amount of bitcoin gets its worth and share of supply, a pound price its cap in pounds', async () => {
  const page = await openPage();
  await expect.poll(() => notesOf(page).then((n) => n.length), POLL).toBe(4);
  const notes = await notesOf(page);
  expect(notes.map(({ kind, currency, btc, text, in: where }) => ({ kind, currency, btc, text, in: where }))).toEqual([
    { kind: 'price', currency: 'GBP', text: '≈ £968B cap', in: 'headline' },
    { kind: 'quantity', btc: 252_220, text: '≈ $15.4B · 1.26% of supply', in: 'holding' },
    { kind: 'price', currency: 'GBP', text: '≈ £968B cap', in: 'pound' },
    { kind: 'quantity', btc: 0.5, text: '≈ $30.6K · 50M sats', in: 'small' },
  ]);
  expect(notes[0].usd).toBeCloseTo(48_500 / 0.79, 2);
  const label = await page.evaluate(() => document.querySelector('#pound caplens-note')?.getAttribute('aria-label'));
  expect(label).toBe("CapLens: At £48,500 bitcoin's market cap is £968B (supply 19.95M BTC). Now £48,375, 0.3% lower.");
});

test("the amount's worth follows the user's currency", async () => {
  const { extension } = suite;
  const page = await openPage();
  await expect.poll(() => notesOf(page).then((n) => n.length), POLL).toBe(4);
  await extension.inExtension((key) => browser.storage.sync.set({ [key]: { currency: 'GBP' } }), SETTINGS_KEY);
  await expect
    .poll(() => notesOf(page).then((n) => n.filter((x) => x.kind === 'quantity').map((x) => x.text)), POLL)
    .toEqual(['≈ £12.2B · 1.26% of supply', '≈ £24.2K · 50M sats']);
});
