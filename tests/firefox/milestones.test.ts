// Milestones in Firefox follow the chosen currency: a first in euros is stored, notified and shown
// in euros, decided against CoinGecko's euro high.
import { expect, test } from 'vitest';
import { MILESTONES_KEY } from '../../src/state/keys';
import { fieldLabelled, OPTIONS_PATH, textOf } from './support/pages';
import { useFirefoxExtension } from './support/suite';

const HEIGHT = 925_000;
// $120,000 is €110,400 at the replay server's 0.92: below the euro high of €115,994 (its $126,080).
const suite = useFirefoxExtension({ btcUsd: 120_000, height: HEIGHT, change24hPct: 0.5 });

interface LoggedEvent {
  kind: string;
  metric: string;
  line?: number;
  first?: boolean;
  currency: string;
}

test('a first in euros is notified and shown in euros', async () => {
  const { extension, replay } = suite;
  const options = await extension.open(OPTIONS_PATH);
  await options.select(await fieldLabelled(options, 'Show figures in'), 'EUR');
  await options.click('button[type="submit"]');
  await expect.poll(() => textOf(options, 'status')).toBe('Saved.');
  await expect.poll(async () => (await extension.badge()).text).toBe('110k');
  expect((await extension.refresh()).ok).toBe(true);

  // Headless Firefox has no place to show a notification: it closes each one as it is created, so the ids
  // it closes are the notifications the extension made. It closes them in no fixed order, hence the sort.
  await extension.inExtension(async () => {
    const made: string[] = [];
    (window as unknown as { made: string[] }).made = made;
    browser.notifications.onClosed.addListener((id: string) => made.push(id));
  });
  // $136,500 is €125,580: past €125,000, above every euro price before; the cap passes €2.5T in the same round,
  // said in the same notification.
  replay.setScenario({ btcUsd: 136_500, height: HEIGHT, change24hPct: 3 });
  expect((await extension.refresh()).ok).toBe(true);
  const log = await extension.inExtension(
    async (key) => ((await browser.storage.local.get(key))[key] as { log: LoggedEvent[] }).log,
    MILESTONES_KEY,
  );
  expect(log.filter((e) => e.kind === 'crossing')).toMatchObject([
    { metric: 'price', line: 125_000, first: true, currency: 'EUR' },
    { metric: 'cap', line: 2_500_000_000_000, first: true, currency: 'EUR' },
  ]);
  const made = () => extension.inExtension(async () => (window as unknown as { made: string[] }).made);
  await expect
    .poll(async () => (await made()).map((id) => id.replace(/:\d+$/, '')).sort())
    .toEqual(['caplens:EUR:price:up:125000']);
  expect(replay.log().filter((r) => r.path.includes('vs_currency=eur'))).toHaveLength(1);

  const popup = await extension.open();
  await expect.poll(() => textOf(popup, 'crossings')).toContain('Price topped €125K, first time');
  expect(await textOf(popup, 'next-price')).toContain('Price €150,000');
});
