// Settings and the last good figures survive a browser restart: two launches of Chromium on one
// user data dir, the extension loaded from the same folder both times (so the same id and the
// same storage), as a user's browser starts again on its profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_KEY, STATE_KEY } from '../../src/state/keys';
import { type Extension, expect, launchExtension, test } from './support/fixtures';

const OPTIONS = 'src/options/index.html';
const GREY = [138, 143, 152, 255];

/** Launches on `dir`, runs `body`, closes the browser; fails if it tried to reach the internet. */
async function session(dir: string, body: (extension: Extension) => Promise<void>): Promise<void> {
  const extension = await launchExtension(dir);
  try {
    await body(extension);
  } finally {
    await extension.context.close();
  }
  expect(extension.external, 'requests to anything but loopback').toEqual([]);
}

test('a saved currency and the last good figures survive a restart', async ({ replay, initialScenario }) => {
  replay.setScenario(initialScenario);
  const dir = mkdtempSync(join(tmpdir(), 'caplens-restart-'));
  try {
    await session(dir, async (extension) => {
      const options = await extension.open(OPTIONS);
      await options.getByLabel('Show figures in').selectOption('EUR');
      await options.getByRole('button', { name: 'Save' }).click();
      await expect(options.getByTestId('status')).toHaveText('Saved.');
      await expect.poll(async () => (await extension.badge()).text).toBe('56.3k');
    });

    // Every source down from here on, answering 500 after a moment: after the restart only what
    // was stored can supply figures, and the popup is read before this session's first round ends.
    const down = { status: 500, delayMs: 3000 };
    replay.setScenario({
      ...initialScenario,
      providers: { coingecko: down, coinbase: down, kraken: down, mempool: down, blockstream: down },
    });
    replay.clearLog();
    const restartedAt = Date.now();

    await session(dir, async (extension) => {
      const popup = await extension.open();
      await expect(popup.getByTestId('price')).toHaveText('€56,335.74');
      const shown = await popup.evaluate(
        async ([stateKey, settingsKey]) => ({
          lastRound: (
            (await chrome.storage.local.get(stateKey))[stateKey] as { lastRound: { finishedAt: number; ok: boolean } }
          ).lastRound,
          settings: (await chrome.storage.sync.get(settingsKey))[settingsKey],
          freshness: document.querySelector('[data-testid="freshness"]')?.textContent,
        }),
        [STATE_KEY, SETTINGS_KEY],
      );
      // The figures are the first session's, seconds old: live by their age, before any new round.
      expect(shown.lastRound).toMatchObject({ ok: true });
      expect(shown.lastRound.finishedAt).toBeLessThan(restartedAt);
      expect(shown.settings).toMatchObject({ currency: 'EUR' });
      expect(shown.freshness).toMatch(/^live · \d+ s ago$/);

      // The browser's start runs a round; every source fails, so the same figures turn stale.
      await expect(popup.getByTestId('freshness')).toHaveText(
        /^stale · figures from \d+ s ago · no price source answered$/,
        { timeout: 15_000 },
      );
      await expect(popup.getByTestId('price')).toHaveText('€56,335.74');
      expect(new Set(replay.log().map((r) => r.status))).toEqual(new Set([500]));
      const badge = await extension.badge();
      expect(badge.text).toBe('56.3k');
      expect(badge.color).toEqual(GREY);
      expect(badge.title).toMatch(
        /^CapLens — STALE since \d\d:\d\d:\d\d \(\d+ s ago\): no price source answered\nLast good: BTC €56,336/,
      );

      const options = await extension.open(OPTIONS);
      await expect(options.getByLabel('Show figures in')).toHaveValue('EUR');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
