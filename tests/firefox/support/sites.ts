// A site as the extension knows it, and a page's notes as a reader sees them: what the tests of turning
// a site on and off (sitePermission, optionsSites) assert.
import type { Page } from 'puppeteer-core';
import { siteOrigins } from '../../../src/sites/origins';
import { SETTINGS_KEY } from '../../../src/state/keys';
import { notesOnPage } from '../../shared/notesOnPage';
import type { FirefoxExtension } from './firefox';

/** How many notes the page shows. */
export const notesIn = (page: Page): Promise<number> => page.evaluate(notesOnPage).then((notes) => notes.length);

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
