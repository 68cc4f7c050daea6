// The popup page of the built extension: figures from the stored state, live updates, stale state.
import { expect, sharedBrowserTest as test } from './support/fixtures';

test('shows the figures of the scenario', async ({ extension }) => {
  const popup = await extension.open();
  await expect(popup.getByTestId('price')).toHaveText('$61,234.50');
  await expect(popup.getByTestId('change')).toHaveText('▲ +2.1% 24 h');
  await expect(popup.getByTestId('cap')).toHaveText('$1.22T');
  await expect(popup.getByTestId('supply')).toHaveText('19,953,128 BTC');
  await expect(popup.getByTestId('supply')).toHaveAttribute('title', 'computed from block 925,000');
  await expect(popup.getByTestId('freshness')).toHaveText(/^live · \d+ s ago$/);
  await expect(popup.locator('body')).not.toContainText(/NaN|undefined/);
});

test('updates in place when a refresh brings a new price', async ({ extension, replay }) => {
  const popup = await extension.open();
  await expect(popup.getByTestId('price')).toHaveText('$61,234.50');
  const priceBefore = await popup.getByTestId('price').elementHandle();
  replay.setScenario({ btcUsd: 63_500, height: 925_000, change24hPct: -1.2 });
  await popup.getByRole('button', { name: 'Refresh now' }).click();
  await expect(popup.getByTestId('price')).toHaveText('$63,500.00');
  await expect(popup.getByTestId('change')).toHaveText('▼ -1.2% 24 h');
  // The same element, changed in place: no re-mount, no flicker.
  expect(await priceBefore?.evaluate((node) => node.isConnected)).toBe(true);
});

test('says the figures are stale, with their age, when every provider is down', async ({ extension, replay }) => {
  const down = { status: 500 };
  replay.setScenario({
    btcUsd: 61_234.5,
    height: 925_000,
    providers: { coingecko: down, coinbase: down, kraken: down, mempool: down, blockstream: down },
  });
  const popup = await extension.open();
  await popup.getByRole('button', { name: 'Refresh now' }).click();
  await expect(popup.getByTestId('freshness')).toHaveText(
    /^stale · figures from \d+ s ago · no price source answered$/,
  );
  await expect(popup.getByTestId('price')).toHaveText('$61,234.50');
  await expect(popup.getByTestId('provider-kraken')).toHaveText(/^Kraken failed: HTTP 500 · retry \d\d:\d\d$/);
});

test('draws a week of backfilled history as a sparkline on a fresh install', async ({ extension }) => {
  const popup = await extension.open();
  await popup.getByRole('button', { name: '7d' }).click();
  await expect(popup.getByTestId('sparkline')).toHaveAttribute(
    'aria-label',
    /^Price over 7d: from \$[\d,]+ to \$61,235$/,
  );
  const points = await popup.locator('[data-testid="sparkline"] polyline').getAttribute('points');
  expect(points?.split(' ').length).toBeGreaterThan(100);
});

test('is reachable by keyboard in a sensible order', async ({ extension }) => {
  const popup = await extension.open();
  await expect(popup.getByTestId('price')).toHaveText('$61,234.50');
  const order: string[] = [];
  for (let i = 0; i < 3; i++) {
    await popup.keyboard.press('Tab');
    order.push(await popup.evaluate(() => document.activeElement?.textContent ?? ''));
  }
  expect(order).toEqual(['↻ Refresh', '24h', '7d']);
});

test('polls with an alarm every minute', async ({ extension }) => {
  const alarm = await extension.worker.evaluate(() => chrome.alarms.get('caplens-poll'));
  expect(alarm?.periodInMinutes).toBe(1);
});
