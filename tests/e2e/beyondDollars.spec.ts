// Notes for amounts of bitcoin and for prices in pounds, in the built extension, at the figures and
// rates the background fetched from the replay server (price $61,234.50, supply 19,953,128.125 BTC at
// height 925,000, 0.79 pounds to the dollar).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SETTINGS_KEY } from '../../src/state/keys';
import { notesOnPage } from '../shared/notesOnPage';
import { type Extension, expect, sharedBrowserTest as test } from './support/fixtures';

const PAGE = readFileSync('tests/e2e/pages/beyond-dollars.html', 'utf8');

async function openPage(extension: Extension, replay: { origin: string; setPage(p: string, b: string): void }) {
  replay.setPage('/beyond-dollars.html', PAGE);
  const page = await extension.context.newPage();
  await page.goto(`${replay.origin}/beyond-dollars.html`);
  return page;
}

const notesOf = (page: Page) => page.evaluate(notesOnPage);

test('an amount of bitcoin gets its worth and share of supply, a pound price its cap in pounds', async ({
  extension,
  replay,
}) => {
  const page = await openPage(extension, replay);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(4);
  const notes = await notesOf(page);
  expect(notes.map(({ usd, ...rest }) => rest)).toEqual([
    { kind: 'price', currency: 'GBP', text: '≈ £968B cap', in: 'headline', before: ' £48,500' },
    { kind: 'quantity', btc: 252_220, text: '≈ $15.4B · 1.26% of supply', in: 'holding', before: ',220 BTC' },
    { kind: 'price', currency: 'GBP', text: '≈ £968B cap', in: 'pound', before: ' £48,500' },
    { kind: 'quantity', btc: 0.5, text: '≈ $30.6K · 50M sats', in: 'small', before: ' 0.5 BTC' },
  ]);
  // data-usd: the pound price in dollars at the fetched rate; the holding at today's price.
  expect(notes[0].usd).toBeCloseTo(48_500 / 0.79, 2);
  expect(notes[1].usd).toBeCloseTo(252_220 * 61_234.5, 0);
  const label = await page.locator('#pound caplens-note').getAttribute('aria-label');
  expect(label).toBe("CapLens: At £48,500 bitcoin's market cap is £968B (supply 19.95M BTC). Now £48,375, 0.3% lower.");
});

test("the amount's worth follows the user's currency", async ({ extension, replay }) => {
  const page = await openPage(extension, replay);
  await expect.poll(() => notesOf(page).then((n) => n.length)).toBe(4);
  const options = await extension.open();
  await options.evaluate((key) => chrome.storage.sync.set({ [key]: { currency: 'GBP' } }), SETTINGS_KEY);
  await expect
    .poll(() => notesOf(page).then((n) => n.filter((x) => x.kind === 'quantity').map((x) => x.text)))
    .toEqual(['≈ £12.2B · 1.26% of supply', '≈ £24.2K · 50M sats']);
  // A pound price says the same whatever the user's currency.
  expect((await notesOf(page)).filter((x) => x.in === 'pound').map((x) => x.text)).toEqual(['≈ £968B cap']);
});
