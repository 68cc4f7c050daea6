// Settings in Firefox, chosen on the options page as a user does: they act at once on the badge
// and the popup.
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../src/state/keys';
import { fieldLabelled, OPTIONS_PATH, textOf } from './support/pages';
import { useFirefoxExtension } from './support/suite';

const suite = useFirefoxExtension();

async function save(options: Page): Promise<void> {
  expect(await options.$eval('button[type="submit"]', (b) => b.textContent)).toBe('Save');
  await options.click('button[type="submit"]');
  await expect.poll(() => textOf(options, 'status')).toBe('Saved.');
}

test('changing the currency on the options page changes the badge and the popup', async () => {
  const { extension } = suite;
  const options = await extension.open(OPTIONS_PATH);
  await options.select(await fieldLabelled(options, 'Show figures in'), 'EUR');
  await save(options);
  const stored = await extension.inExtension(async (key) => (await browser.storage.sync.get(key))[key], SETTINGS_KEY);
  expect(stored).toMatchObject({ currency: 'EUR' });
  // The replay server's CoinGecko quotes bitcoin at 0.92 EUR per dollar.
  await expect.poll(async () => (await extension.badge()).text).toBe('56.3k');
  expect((await extension.badge()).title).toMatch(/^BTC €56,336 · cap €1\.12T · /);
  const popup = await extension.open();
  await expect.poll(() => textOf(popup, 'price')).toBe('€56,335.74');
  expect(await textOf(popup, 'cap')).toBe('€1.12T');
  expect(await textOf(popup, 'currency-note')).toBe("in EUR, converted at CoinGecko's rate: 1 USD = 0.92 EUR");
});
