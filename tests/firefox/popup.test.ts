// The popup page in Firefox: figures from the stored state, live updates when a round brings new
// ones, and the stale state.
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { clickButton } from './support/pages';
import { useFirefoxExtension } from './support/suite';

/** Generous: the machine may be busy with other browsers. */
const POLL = { timeout: 10_000, interval: 100 };

const suite = useFirefoxExtension();

function text(page: Page, testId: string): Promise<string | null> {
  return page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null, testId);
}

test('shows the figures of the scenario', async () => {
  const popup = await suite.extension.open();
  await expect.poll(() => text(popup, 'price')).toBe('$61,234.50');
  expect(await text(popup, 'change')).toBe('▲ +2.1% 24 h');
  expect(await text(popup, 'cap')).toBe('$1.22T');
  expect(await text(popup, 'supply')).toBe('19,953,128 BTC');
  expect(await text(popup, 'freshness')).toMatch(/^live · \d+ s ago$/);
  expect(await popup.evaluate(() => document.body.textContent)).not.toMatch(/NaN|undefined/);
});

test('updates in place when a refresh message brings a new price', async () => {
  const { extension, replay } = suite;
  const popup = await extension.open();
  await expect.poll(() => text(popup, 'price')).toBe('$61,234.50');
  await popup.evaluate(() => {
    (window as { priceBefore?: Element | null }).priceBefore = document.querySelector('[data-testid="price"]');
  });
  replay.setScenario({ btcUsd: 63_500, height: 925_000, change24hPct: -1.2 });
  const reply = await extension.refresh();
  expect(reply.ok).toBe(true);
  await expect.poll(() => text(popup, 'price')).toBe('$63,500.00');
  expect(await text(popup, 'change')).toBe('▼ -1.2% 24 h');
  // The same element, changed in place: no re-mount, no flicker.
  expect(
    await popup.evaluate(
      () =>
        (window as { priceBefore?: Element | null }).priceBefore === document.querySelector('[data-testid="price"]'),
    ),
  ).toBe(true);
});

test('says the figures are stale, with their age, when every provider is down', async () => {
  const { extension, replay } = suite;
  const down = { status: 500 };
  replay.setScenario({
    btcUsd: 61_234.5,
    height: 925_000,
    providers: { coingecko: down, coinbase: down, kraken: down, mempool: down, blockstream: down },
  });
  const popup = await extension.open();
  await clickButton(popup, 'Refresh now');
  await expect
    .poll(() => text(popup, 'freshness'), POLL)
    .toMatch(/^stale · figures from \d+ s ago · no price source answered$/);
  expect(await text(popup, 'price')).toBe('$61,234.50');
  await expect.poll(() => text(popup, 'provider-kraken'), POLL).toMatch(/^Kraken failed: HTTP 500 · retry \d\d:\d\d$/);
});
