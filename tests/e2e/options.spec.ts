// The options page of the built extension: validation beside each field, and settings that act.
import { SETTINGS_KEY } from '../../src/state/keys';
import { expect, sharedBrowserTest as test } from './support/fixtures';

const OPTIONS = 'src/options/index.html';

test('a bad value gets its message beside the field and is never saved', async ({ extension }) => {
  const options = await extension.open(OPTIONS);
  await options.getByLabel('Check for new figures every (minutes, 1–60)').fill('0');
  await options.getByLabel('Price milestones, in the currency shown (empty for the defaults)').fill('100k, lots');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('error-pollMinutes')).toHaveText('a whole number of minutes from 1 to 60');
  await expect(options.getByTestId('error-priceLadder')).toHaveText(
    '"lots" is not an amount like 100k, 2.5T or 150000',
  );
  await expect(options.getByTestId('status')).toHaveText('Not saved: fix the fields marked below.');
  const stored = await options.evaluate(async (key) => (await chrome.storage.sync.get(key))[key], SETTINGS_KEY);
  expect(stored).toBeUndefined();
});

test('refuses to switch off every price source', async ({ extension }) => {
  const options = await extension.open(OPTIONS);
  for (const id of ['coingecko', 'coinbase', 'kraken']) await options.getByTestId(`provider-${id}`).uncheck();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('error-providers')).toHaveText('at least one price source must stay on');
});

test('the badge follows the chosen content and colours at once', async ({ extension }) => {
  const options = await extension.open(OPTIONS);
  await options.getByLabel('Market cap', { exact: true }).check();
  await options.getByLabel('Colour the badge by the 24 h direction').uncheck();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('status')).toHaveText('Saved.');
  await expect.poll(async () => (await extension.badge()).text).toBe('1.22T');
  expect((await extension.badge()).color).toEqual([71, 85, 105, 255]);
  // The interval takes effect on the alarm too.
  await options.getByLabel('Check for new figures every (minutes, 1–60)').fill('15');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => extension.worker.evaluate(async () => (await chrome.alarms.get('caplens-poll'))?.periodInMinutes))
    .toBe(15);
});

test('a provider switched off is not asked', async ({ extension, replay }) => {
  const options = await extension.open(OPTIONS);
  await options.getByTestId('provider-kraken').uncheck();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('status')).toHaveText('Saved.');
  replay.clearLog();
  const reply = await extension.refresh();
  expect(replay.log().map((r) => r.provider)).not.toContain('kraken');
  if (!reply.ok) throw new Error(reply.error);
  expect(reply.state.quote?.sources).toEqual(['coingecko', 'coinbase']);
});

test('reset puts the defaults back', async ({ extension }) => {
  const options = await extension.open(OPTIONS);
  await options.getByLabel('Check for new figures every (minutes, 1–60)').fill('30');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('status')).toHaveText('Saved.');
  options.once('dialog', (dialog) => dialog.accept());
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(options.getByLabel('Check for new figures every (minutes, 1–60)')).toHaveValue('1');
  const stored = await options.evaluate(async (key) => (await chrome.storage.sync.get(key))[key], SETTINGS_KEY);
  expect(stored).toMatchObject({ pollMinutes: 1, version: 2 });
});

test('changing the currency changes the badge and the popup', async ({ extension }) => {
  const options = await extension.open(OPTIONS);
  await options.getByLabel('Show figures in').selectOption('EUR');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('status')).toHaveText('Saved.');
  // The replay server's CoinGecko quotes bitcoin at 0.92 EUR per dollar.
  await expect.poll(async () => (await extension.badge()).text).toBe('56.3k');
  expect((await extension.badge()).title).toMatch(/^BTC €56,336 · cap €1\.12T · /);
  const popup = await extension.open();
  await expect(popup.getByTestId('price')).toHaveText('€56,335.74');
  await expect(popup.getByTestId('cap')).toHaveText('€1.12T');
  await expect(popup.getByTestId('currency-note')).toHaveText(
    "in EUR, converted at CoinGecko's rate: 1 USD = 0.92 EUR",
  );
});
