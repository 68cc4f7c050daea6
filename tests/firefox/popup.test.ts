// The popup page in Firefox: figures from the stored state, and live updates when a round brings new ones.
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { useFirefoxExtension } from './support/suite';

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
