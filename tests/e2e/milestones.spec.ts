// Milestone notifications from the built extension, with the cap moved by replay scenarios.
import { type Extension, expect, sharedBrowserTest as test } from './support/fixtures';

const HEIGHT = 925_000;
const SUPPLY = 19_953_128.125;
/** The price that makes a given market cap at the scenario's height. */
const priceForCap = (cap: number) => Math.round((cap / SUPPLY) * 100) / 100;

/** Records every notification the background creates, with its words. */
async function recordNotifications(extension: Extension) {
  await extension.worker.evaluate(() => {
    const scope = self as unknown as { shown: unknown[] };
    scope.shown = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (id: string, options: { title: string; message: string }) => {
      scope.shown.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
  });
  return {
    shown: () =>
      extension.worker.evaluate(
        () => (self as unknown as { shown: { id: string; title: string; message: string }[] }).shown,
      ),
    visible: () => extension.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
  };
}

async function moveCapTo(extension: Extension, replay: { setScenario(s: unknown): void }, cap: number) {
  replay.setScenario({ btcUsd: priceForCap(cap), height: HEIGHT, change24hPct: 1 });
  const reply = await extension.refresh();
  expect(reply.ok).toBe(true);
}

/** Records notifications, then takes the cap from $1.21T to $1.26T: back above the $1.25T line. */
async function capBackAbove125T(extension: Extension, replay: { setScenario(s: unknown): void }) {
  const notifications = await recordNotifications(extension);
  await moveCapTo(extension, replay, 1.21e12);
  await moveCapTo(extension, replay, 1.26e12);
  return notifications;
}

test('the cap moving from $1.21T to $1.26T makes exactly one notification, with the right words', async ({
  extension,
  replay,
}) => {
  const notifications = await capBackAbove125T(extension, replay);
  const shown = await notifications.shown();
  expect(shown).toHaveLength(1);
  expect(shown[0].title).toBe(
    "Bitcoin's market cap is back above $1.25 trillion, first reached on or before 2021-11-10",
  );
  expect(shown[0].message).toBe('Market cap $1.26T at $63,148 per BTC.');
  expect(await notifications.visible()).toEqual([shown[0].id]);

  // The popup's timeline shows it too.
  const popup = await extension.open();
  await expect(popup.getByTestId('crossings')).toContainText('Cap back above $1.25T');
});

test('clicking a milestone notification opens the popup page in a tab, and the notification goes', async ({
  extension,
  replay,
}) => {
  const notifications = await capBackAbove125T(extension, replay);
  const [shown] = await notifications.shown();
  // Chromium's event object can deliver a click to the background's listener, as the notification centre does.
  const opened = extension.context.waitForEvent('page');
  await extension.worker.evaluate((id) => {
    (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(id);
  }, shown.id);
  const page = await opened;
  await page.waitForLoadState();
  expect(page.url()).toBe(`chrome-extension://${extension.id}/src/popup/index.html`);
  await expect(page.getByTestId('crossings')).toContainText('Cap back above $1.25T');
  await expect.poll(() => notifications.visible()).toEqual([]);
});

test('moving back and forth across the line within the hysteresis notifies no second time', async ({
  extension,
  replay,
}) => {
  const notifications = await capBackAbove125T(extension, replay);
  for (const cap of [1.248e12, 1.252e12, 1.2485e12, 1.255e12]) await moveCapTo(extension, replay, cap);
  expect(await notifications.shown()).toHaveLength(1);
});

test('the issue path: dips under $1.25T within the margin say nothing; a real fall re-arms the line', async ({
  extension,
  replay,
}) => {
  const notifications = await capBackAbove125T(extension, replay);
  for (const cap of [1.2475e12, 1.26e12, 1.256e12, 1.249e12, 1.253e12, 1.258e12]) {
    await moveCapTo(extension, replay, cap);
  }
  expect((await notifications.shown()).map((n) => n.title)).toEqual([
    "Bitcoin's market cap is back above $1.25 trillion, first reached on or before 2021-11-10",
  ]);
  const popup = await extension.open();
  await expect(popup.getByTestId('crossings').locator('li')).toHaveText([/^Cap back above \$1\.25T · /]);

  // $1.24T is 0.8 % under the line: a real fall (not notified: falls are off by default), then a second rise.
  await moveCapTo(extension, replay, 1.24e12);
  await moveCapTo(extension, replay, 1.26e12);
  const titles = (await notifications.shown()).map((n) => n.title);
  expect(titles).toHaveLength(2);
  expect(titles[1]).toBe(titles[0]);
  await popup.reload();
  await expect(popup.getByTestId('crossings').locator('li')).toHaveText([
    /^Cap back above \$1\.25T · /,
    /^Cap fell below \$1\.25T · /,
    /^Cap back above \$1\.25T · /,
  ]);
});

test.describe('a fresh install above every milestone in the table', () => {
  test.use({ initialScenario: { btcUsd: 150_000, height: HEIGHT, change24hPct: 0.5 } });

  test('announces no false "first time", and one new high', async ({ extension, replay }) => {
    const notifications = await recordNotifications(extension);
    // The install's reading announced nothing: it is where we start, not a change we saw.
    expect(await notifications.visible()).toEqual([]);
    replay.setScenario({ btcUsd: 150_100, height: HEIGHT, change24hPct: 0.5 });
    await extension.refresh();
    expect((await notifications.shown()).map((n) => n.title)).toEqual(['Bitcoin sets a new all-time high: $150,100']);
  });
});

test.describe('a fresh install just below a line crossed before', () => {
  test.use({ initialScenario: { btcUsd: 124_000, height: HEIGHT, change24hPct: 0.5 } });

  test('says "back above", never "for the first time"', async ({ extension, replay }) => {
    const notifications = await recordNotifications(extension);
    replay.setScenario({ btcUsd: 125_900, height: HEIGHT, change24hPct: 0.5 });
    await extension.refresh();
    // The price and the cap passed their lines in one round: one notification says both.
    const shown = (await notifications.shown()).map((n) => [n.title, n.message]);
    expect(shown).toEqual([
      [
        'Bitcoin is back above $125,000, first reached on or before 2025-10-06',
        '$125,900; market cap $2.51T. The market cap passed $2.5 trillion too.',
      ],
    ]);
  });
});

test.describe('milestones in euros', () => {
  // $120,000 is €110,400 at the replay server's 0.92: below the euro high of €115,994 (its $126,080).
  test.use({ initialScenario: { btcUsd: 120_000, height: HEIGHT, change24hPct: 0.5 } });

  test('follow the currency: a first in euros, notified and shown in euros', async ({ extension, replay }) => {
    const notifications = await recordNotifications(extension);
    const options = await extension.open('src/options/index.html');
    await options.getByLabel('Show figures in').selectOption('EUR');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByTestId('status')).toHaveText('Saved.');
    await expect.poll(async () => (await extension.badge()).text).toBe('110k');
    // The install round read the dollar high from CoinGecko; the next round reads the euro high.
    expect((await extension.refresh()).ok).toBe(true);
    const asked = () => replay.log().filter((r) => r.path.startsWith('/api/v3/coins/markets'));
    expect(asked().map((r) => r.path)).toEqual([
      '/api/v3/coins/markets?vs_currency=usd&ids=bitcoin',
      '/api/v3/coins/markets?vs_currency=eur&ids=bitcoin',
    ]);

    // $136,500 is €125,580: past the €125,000 line, above every euro price before; the cap goes from €2.20T to
    // €2.51T, past €2.25T and €2.5T, above the €2.32T that the euro high times today's supply bounds it by.
    replay.setScenario({ btcUsd: 136_500, height: HEIGHT, change24hPct: 3 });
    expect((await extension.refresh()).ok).toBe(true);
    const shown = await notifications.shown();
    expect(shown.map((n) => [n.title, n.message])).toEqual([
      [
        'Bitcoin tops €125,000 — for the first time',
        '€125,580; market cap €2.51T. The market cap passed €2.5 trillion too, also for the first time.',
      ],
    ]);

    const popup = await extension.open();
    await expect(popup.getByTestId('crossings')).toContainText('Price topped €125K, first time');
    await expect(popup.getByTestId('next-price')).toContainText('Price €150,000');
    await expect(popup.getByTestId('next-cap')).toContainText('Cap €2.75T');
    // Once a day is enough: the next round did not ask for the euro high again.
    expect(asked()).toHaveLength(2);
  });
});
