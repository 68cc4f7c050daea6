// A site turned on by granting its permission, in Firefox, where the popup closes as the permission
// prompt opens and never learns the answer: the background completes the switch on its own
// (permissions.onAdded). Then the popup's own switch turns the site off and gives the permission back.
//
// The page is served as http://localhost:PORT/: the replay build's manifest covers 127.0.0.1 only, so
// localhost is a site that is not on by default. The profile grants optional permissions without the
// prompt (extensions.webextOptionalPermissionPrompts), as if the user clicked Allow; the request still
// has to come from a user's input, so it is made by a click puppeteer sends as real input.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/firefoxManifest';
import { siteOrigins } from '../../src/sites/origins';
import { SETTINGS_KEY } from '../../src/state/keys';
import { EXTENSION_ORIGIN, POPUP_PATH, until } from './support/firefox';
import { afterControlAnnotated, grantByClick, notesIn, siteRecord as siteRecordOf } from './support/sites';
import { useFirefoxExtension } from './support/suite';

const ARTICLE = readFileSync('tests/e2e/pages/article.html', 'utf8');
const HOST = 'localhost';
const ORIGINS = siteOrigins(HOST);

const suite = useFirefoxExtension();

const siteRecord = () => siteRecordOf(suite.extension, HOST);

test('a site granted from anywhere is turned on by the background, and its switch off gives the permission back', async () => {
  const { extension, replay } = suite;
  replay.setPage('/article.html', ARTICLE);
  // Settings of the user's own, which turning the site on must keep.
  const mine = { currency: 'EUR', pollMinutes: 5, sites: { 'example.org': false } };
  await extension.inExtension((key, settings) => browser.storage.sync.set({ [key]: settings }), SETTINGS_KEY, mine);
  const article = await extension.visit(`http://${HOST}:${replay.port}/article.html`);
  // Not a site CapLens runs on by default: nothing on the page, nothing granted.
  await afterControlAnnotated(extension, `${replay.origin}/article.html`, 5);
  expect(await notesIn(article)).toBe(0);
  expect(await siteRecord()).toEqual({ on: undefined, permission: false, registered: [] });

  await grantByClick(suite.extension, HOST);

  // No popup ran any follow-up: the tab already open on the site gets its notes...
  await expect.poll(() => notesIn(article), { timeout: 15_000 }).toBe(5);
  // ...the switch is on, stored beside the user's other settings, and the script is registered.
  await expect.poll(siteRecord).toEqual({ on: true, permission: true, registered: [ORIGINS] });
  const stored = await extension.inExtension(async (key) => (await browser.storage.sync.get(key))[key], SETTINGS_KEY);
  expect(stored).toMatchObject({ ...mine, sites: { 'example.org': false, localhost: true } });
  // Later visits: the registered script annotates the page again.
  await article.reload({ waitUntil: 'load' });
  await expect.poll(() => notesIn(article), { timeout: 15_000 }).toBe(5);

  // The popup's own switch, for the tab the user is on. The popup page opens in a background tab so
  // that the article stays the window's active tab, the one the popup reads its site from.
  await article.bringToFront();
  // (A query of its own tells it from the page tests keep open to reach the extension.)
  const popupUrl = `${EXTENSION_ORIGIN}/${POPUP_PATH}?for-the-article`;
  await extension.inExtension((url) => browser.tabs.create({ url, active: false }).then(() => undefined), popupUrl);
  // Firefox's BiDi reports an extension page's address as about:blank: the page says where it is.
  const popup = await until(
    async () => {
      for (const page of await extension.browser.pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')) === popupUrl) return page;
      }
      return null;
    },
    (page) => page !== null,
    10_000,
  );
  if (!popup) throw new Error('no popup page');
  const switchLabel = () =>
    popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="site-switch"]');
      return input ? `${input.checked ? 'on' : 'off'}: ${input.closest('label')?.textContent}` : null;
    });
  await expect.poll(switchLabel, { timeout: 10_000 }).toMatch(/^on: .*localhost/);
  // Turning off needs no user gesture: the switch's own change handler runs.
  await popup.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="site-switch"]')?.click());

  await expect.poll(() => notesIn(article)).toBe(0);
  await expect.poll(siteRecord).toEqual({ on: false, permission: false, registered: [] });
  expect(await switchLabel()).toMatch(/^off: /);
  await article.reload({ waitUntil: 'load' });
  await afterControlAnnotated(extension, `${replay.origin}/article.html`, 5);
  expect(await notesIn(article)).toBe(0);
}, 90_000);

test('Firefox\'s own "Always allow on" for the site turns it on too', async () => {
  const { extension, replay } = suite;
  replay.setPage('/article.html', ARTICLE);
  const url = `http://${HOST}:${replay.port}/article.html`;
  const article = await extension.visit(url);
  // What the Extensions panel offers CapLens on that page, and what its "Always allow on localhost" does.
  const controls = `const { OriginControls } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
    const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
    const uri = Services.io.newURI(${JSON.stringify(url)});`;
  const offered = await extension.evaluateInFirefox(
    `(() => { ${controls} return JSON.stringify(OriginControls._getStateInternal(policy, { uri })); })()`,
  );
  expect(JSON.parse(String(offered))).toMatchObject({ alwaysOn: true, hasAccess: false });
  await extension.evaluateInFirefox(
    `(async () => { ${controls} await OriginControls.setAlwaysOn(policy, uri); return true; })()`,
  );

  await expect.poll(() => notesIn(article), { timeout: 15_000 }).toBe(5);
  await expect.poll(siteRecord).toEqual({ on: true, permission: true, registered: [ORIGINS] });
}, 60_000);
