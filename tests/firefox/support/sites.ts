// A site as the extension knows it, and a page's notes as a reader sees them: what the tests of turning
// a site on and off (sitePermission, optionsSites) assert.
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { siteOrigins } from '../../../src/sites/origins';
import { SETTINGS_KEY } from '../../../src/state/keys';
import { notesOnPage } from '../../shared/notesOnPage';
import type { FirefoxExtension } from './firefox';
import { OPTIONS_PATH } from './pages';

/** How many notes the page shows. */
export const notesIn = (page: Page): Promise<number> => page.evaluate(notesOnPage).then((notes) => notes.length);

/**
 * Visits `url`, on a site CapLens runs on, and waits for its `notes`: the time a note takes to come on
 * this machine now, after which a page elsewhere without notes is known to get none. Closed after.
 */
export async function afterControlAnnotated(extension: FirefoxExtension, url: string, notes: number): Promise<void> {
  const control = await extension.visit(url);
  await expect.poll(() => notesIn(control), { timeout: 15_000 }).toBe(notes);
  await control.close();
}

/** The site's stored switch, its permission (both schemes) and the match patterns of its registered script. */
export function siteRecord(extension: FirefoxExtension, host: string) {
  return extension.inExtension(
    async (key, host, origins) => {
      const settings = (await browser.storage.sync.get(key))[key] as { sites?: Record<string, boolean> } | undefined;
      return {
        on: settings?.sites?.[host],
        permission: await browser.permissions.contains({ origins }),
        registered: (await browser.scripting.getRegisteredContentScripts())
          .filter((script: { id: string }) => script.id === `site:${host}`)
          .map((script: { matches?: string[] }) => script.matches),
      };
    },
    SETTINGS_KEY,
    host,
    siteOrigins(host),
  );
}

/**
 * Turns `host` on as a user does: a button on an extension page asks for the site's permission, clicked
 * as a user clicks (a request needs a user's input); the profile answers Allow, and the background
 * completes the switch (permissions.onAdded).
 */
export async function grantByClick(extension: FirefoxExtension, host: string): Promise<void> {
  const options = await extension.open(OPTIONS_PATH);
  await options.evaluate((origins) => {
    const button = document.createElement('button');
    button.id = 'grant-site';
    button.textContent = 'Allow';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;padding:20px';
    button.addEventListener('click', () => {
      browser.permissions.request({ origins }).then(
        (granted: boolean) => {
          button.dataset.answer = String(granted);
        },
        (error: Error) => {
          button.dataset.answer = `error: ${error.message}`;
        },
      );
    });
    document.body.append(button);
  }, siteOrigins(host));
  await options.click('#grant-site');
  await expect.poll(() => options.$eval('#grant-site', (b) => (b as HTMLElement).dataset.answer ?? null)).toBe('true');
}
