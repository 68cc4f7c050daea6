// Settings survive a browser restart in Firefox: two launches of one kept profile.
//
// The other Firefox tests install the build as a temporary add-on, which cannot be restarted:
// Firefox drops it when it quits, so a second launch would have to install it again. That runs
// runtime.onInstalled (a new install) instead of the browser-start path, and whether the storage is
// still there is then down to a detail of Firefox's shutdown (ESR 153 keeps it: the clean-up of
// temporary add-ons at quit skips the uninstall handler that clears storage), not a user's restart.
// So here the build is installed for good, as a user installs an add-on: zipped into an .xpi and
// installed permanently (WebDriver BiDi's `moz:permanent`; unsigned, which ESR allows with
// xpinstall.signatures.required off), which puts it in the profile's extensions folder. Firefox
// then quits by itself, as File › Quit does, and the second launch of the same profile installs
// nothing: Firefox starts the add-on it has (the same install, same install date) with its storage
// as it left it, and the extension's round comes from runtime.onStartup. That is a user's restart.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/firefoxManifest';
import { SETTINGS_KEY } from '../../src/state/keys';
import { type FirefoxExtension, type LaunchOptions, launchFirefox } from './support/firefox';
import { fieldLabelled, OPTIONS_PATH, textOf } from './support/pages';
import { endChecked, INITIAL_SCENARIO, useReplayServer } from './support/suite';

const POLL_LABEL = 'Check for new figures every (minutes, 1–60)';

// Not useFirefoxExtension's shared browser: a restart needs a profile of its own, kept across two launches.
const server = useReplayServer();

/** Launches Firefox and runs `body`; quits Firefox in any case, then checks its console and traffic. */
async function session<T>(options: LaunchOptions, body: (extension: FirefoxExtension) => Promise<T>): Promise<T> {
  const extension = await launchFirefox(inject('firefoxDist'), options);
  let result: T;
  try {
    result = await body(extension);
  } catch (error) {
    await extension.quit().catch(() => {});
    throw error;
  }
  await endChecked(extension, 'quit');
  return result;
}

const pollPeriod = (extension: FirefoxExtension) =>
  extension.inExtension(async () => (await browser.alarms.get('caplens-poll'))?.periodInMinutes);

test('settings saved on the options page survive a restart, and act after it', async () => {
  const { replay } = server;
  replay.setScenario(INITIAL_SCENARIO);
  const profile = mkdtempSync(join(tmpdir(), 'caplens-firefox-profile-'));
  try {
    const installed = await session({ profile, install: 'permanent' }, async (extension) => {
      const options = await extension.open(OPTIONS_PATH);
      await options.select(await fieldLabelled(options, 'Show figures in'), 'EUR');
      const poll = await fieldLabelled(options, POLL_LABEL);
      await options.click(poll, { count: 3 });
      await options.type(poll, '15');
      await options.click('button[type="submit"]');
      await expect.poll(() => textOf(options, 'status')).toBe('Saved.');
      await expect.poll(async () => (await extension.badge()).text).toBe('56.3k');
      await expect.poll(() => pollPeriod(extension)).toBe(15);
      const addon = await extension.addon();
      expect(addon).toMatchObject({ id: GECKO_ID, active: true, temporarilyInstalled: false });
      return addon;
    });
    expect(existsSync(join(profile, 'extensions', `${GECKO_ID}.xpi`)), 'the add-on is in the profile').toBe(true);

    replay.clearLog();
    await session({ profile, install: 'installed' }, async (extension) => {
      // The same install, started by Firefox itself: nothing was installed again.
      expect(await extension.addon()).toEqual(installed);
      // launchFirefox returned once the round the browser's start triggers had finished.
      expect(replay.log().length).toBeGreaterThan(0);
      const stored = await extension.inExtension(
        async (key) => (await browser.storage.sync.get(key))[key],
        SETTINGS_KEY,
      );
      expect(stored).toMatchObject({ currency: 'EUR', pollMinutes: 15 });
      // And they act: figures in euros, the alarm at the saved interval, the form showing both.
      const badge = await extension.badge();
      expect(badge.text).toBe('56.3k');
      expect(badge.title).toMatch(/^BTC €56,336 · cap €1\.12T · /);
      expect(await pollPeriod(extension)).toBe(15);
      const options = await extension.open(OPTIONS_PATH);
      // The form renders once the stored settings are read: wait for it rather than race it.
      const readForm = () =>
        options.evaluate(() => {
          const currency = document.querySelector<HTMLSelectElement>('#currency');
          const pollMinutes = document.querySelector<HTMLInputElement>('#pollMinutes');
          return currency && pollMinutes ? { currency: currency.value, pollMinutes: pollMinutes.value } : null;
        });
      await expect.poll(readForm).toEqual({ currency: 'EUR', pollMinutes: '15' });
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
