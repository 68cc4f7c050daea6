// The toolbar badge of the built extension, driven by replay scenarios.
import { expect, sharedBrowserTest as test } from './support/fixtures';

const GREEN = [26, 127, 55, 255];
const RED = [198, 40, 40, 255];
const GREY = [138, 143, 152, 255];

test('shows the price on the badge, green when up, with every figure in the title', async ({ extension }) => {
  const reply = await extension.refresh();
  expect(reply.ok).toBe(true);
  const badge = await extension.badge();
  expect(badge.text).toBe('61.2k');
  expect(badge.color).toEqual(GREEN);
  expect(badge.title).toMatch(
    /^BTC \$61,235 · cap \$1\.22T · supply 19,953,128 · \+2\.1% 24h · updated \d\d:\d\d:\d\d$/,
  );
});

test('leaves out a provider 10x off and keeps the right price', async ({ extension, replay }) => {
  replay.setScenario({
    btcUsd: 61_234.5,
    height: 925_000,
    change24hPct: 2.1,
    providers: { coinbase: { btcUsd: 612_345 } },
  });
  const reply = await extension.refresh();
  expect((await extension.badge()).text).toBe('61.2k');
  if (!reply.ok) throw new Error(reply.error);
  expect(reply.state.quote?.sources).toEqual(['coingecko', 'kraken']);
  expect(reply.state.providers.coinbase?.state).toBe('outlier');
});

test('goes on with the others when one provider is down', async ({ extension, replay }) => {
  replay.setScenario({ btcUsd: 70_100, height: 925_000, change24hPct: -3.2, providers: { kraken: { status: 500 } } });
  const reply = await extension.refresh();
  const badge = await extension.badge();
  expect(badge.text).toBe('70.1k');
  expect(badge.color).toEqual(RED);
  expect(badge.title).toContain('-3.2% 24h');
  if (!reply.ok) throw new Error(reply.error);
  expect(reply.state.providers.kraken).toMatchObject({ state: 'failed', message: 'HTTP 500' });
});

test('keeps the last good price in grey and says it is stale when every provider fails', async ({
  extension,
  replay,
}) => {
  await extension.refresh();
  const down = { status: 503 };
  replay.setScenario({
    btcUsd: 99_999,
    height: 925_000,
    providers: { coingecko: down, coinbase: down, kraken: down, mempool: down, blockstream: down },
  });
  await extension.refresh();
  const badge = await extension.badge();
  expect(badge.text).toBe('61.2k');
  expect(badge.color).toEqual(GREY);
  expect(badge.title).toMatch(
    /^CapLens — STALE since \d\d:\d\d:\d\d \(\d+ s ago\): no price source answered\nLast good: BTC \$61,235/,
  );
  expect(`${badge.text} ${badge.title}`).not.toMatch(/NaN|undefined|\$0\b/);
});

test('follows the price between two refreshes', async ({ extension, replay }) => {
  await extension.refresh();
  expect((await extension.badge()).text).toBe('61.2k');
  replay.setScenario({ btcUsd: 104_123.45, height: 925_010, change24hPct: 0.4 });
  await extension.refresh();
  const badge = await extension.badge();
  expect(badge.text).toBe('104k');
  expect(badge.title).toMatch(/^BTC \$104,123 · cap \$2\.08T · supply 19,953,159 ·/);
});

test('runs a round on install without being asked', async ({ extension, replay }) => {
  await expect.poll(async () => (await extension.badge()).text).toBe('61.2k');
  const providers = new Set(replay.log().map((r) => r.provider));
  expect([...providers].sort()).toEqual(['coinbase', 'coingecko', 'kraken', 'mempool']);
});
