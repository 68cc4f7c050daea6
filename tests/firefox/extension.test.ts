// What Firefox itself makes of the package: its manifest, its background, its permissions.
import { expect, test } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/firefoxManifest';
import { useFirefoxExtension } from './support/suite';

const suite = useFirefoxExtension();

test('Firefox reads the manifest without a warning and runs the background as an event page', async () => {
  const { extension } = suite;
  const manifest = await extension.inExtension(async () => browser.runtime.getManifest());
  // Firefox's normalized manifest: unused keys are null.
  expect(manifest.background).toMatchObject({ scripts: [expect.stringMatching(/\.js$/)], type: 'module' });
  expect(manifest.background.service_worker ?? null).toBeNull();
  expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  // Firefox's console: "Reading manifest: Warning processing …" for anything it ignores or refuses.
  expect(await extension.console()).toEqual([]);
});

test('has the replay host granted at install, as Firefox grants manifest host permissions', async () => {
  const { extension } = suite;
  const granted = await extension.inExtension(async () => ({
    replay: await browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
    optional: await browser.permissions.contains({ origins: ['https://*/*'] }),
  }));
  // The providers' host (loopback in a replay build) and the content script's sites; the optional
  // "any site" permission stays the user's to give, site by site.
  expect(granted).toEqual({ replay: true, optional: false });
});
