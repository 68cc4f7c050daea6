// Milestone notifications from the built extension, with the cap moved by replay scenarios.
import { type Extension, expect, test } from './support/fixtures';

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

test('the cap moving from $1.21T to $1.26T makes exactly one notification, with the right words', async ({
  extension,
  replay,
}) => {
  const notifications = await recordNotifications(extension);
  await moveCapTo(extension, replay, 1.21e12);
  await moveCapTo(extension, replay, 1.26e12);
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

test('moving back and forth across the line within the hysteresis notifies no second time', async ({
  extension,
  replay,
}) => {
  const notifications = await recordNotifications(extension);
  await moveCapTo(extension, replay, 1.21e12);
  await moveCapTo(extension, replay, 1.26e12);
  for (const cap of [1.248e12, 1.252e12, 1.2485e12, 1.255e12]) await moveCapTo(extension, replay, cap);
  expect(await notifications.shown()).toHaveLength(1);
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
    const titles = (await notifications.shown()).map((n) => n.title);
    expect(titles).toEqual([
      'Bitcoin is back above $125,000, first reached on or before 2025-10-06',
      "Bitcoin's market cap is back above $2.5 trillion, first reached on or before 2025-10-06",
    ]);
  });
});
