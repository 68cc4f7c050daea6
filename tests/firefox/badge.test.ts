// The toolbar badge in Firefox, driven by replay scenarios; read with browser.action from an
// extension page (Firefox has no service worker to evaluate in).
import { expect, test } from 'vitest';
import { useFirefoxExtension } from './support/suite';

const GREEN = [26, 127, 55, 255];

const suite = useFirefoxExtension();

test('runs a round on install without being asked', async () => {
  const { extension, replay } = suite;
  await expect.poll(async () => (await extension.badge()).text).toBe('61.2k');
  const providers = new Set(replay.log().map((r) => r.provider));
  expect([...providers].sort()).toEqual(['coinbase', 'coingecko', 'kraken', 'mempool']);
});

test('shows the price on the badge, green when up, with every figure in the title', async () => {
  const { extension } = suite;
  const reply = await extension.refresh();
  expect(reply.ok).toBe(true);
  const badge = await extension.badge();
  expect(badge.text).toBe('61.2k');
  expect(badge.color).toEqual(GREEN);
  expect(badge.title).toMatch(
    /^BTC \$61,235 · cap \$1\.22T · supply 19,953,128 · \+2\.1% 24h · updated \d\d:\d\d:\d\d$/,
  );
});

test('follows the price between two refreshes', async () => {
  const { extension, replay } = suite;
  replay.setScenario({ btcUsd: 104_123.45, height: 925_010, change24hPct: 0.4 });
  await extension.refresh();
  const badge = await extension.badge();
  expect(badge.text).toBe('104k');
  expect(badge.title).toMatch(/^BTC \$104,123 · cap \$2\.08T · supply 19,953,159 ·/);
});
