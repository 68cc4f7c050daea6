// The stored state survives what users and browsers do to it.
import { expect, sharedBrowserTest as test } from './support/fixtures';

test('recovers from a corrupt state written into storage by hand', async ({ extension }) => {
  await extension.worker.evaluate(() =>
    chrome.storage.local.set({ 'caplens.state': { version: 1, quote: { usd: 'NaN' }, history: 'garbage' } }),
  );
  const reply = await extension.refresh();
  expect(reply.ok).toBe(true);
  const badge = await extension.badge();
  expect(badge.text).toBe('61.2k');
  const stored = await extension.worker.evaluate(
    async () => (await chrome.storage.local.get('caplens.state'))['caplens.state'],
  );
  expect(stored).toMatchObject({ version: 1, quote: { usd: 61_234.5, height: 925_000 } });
});
