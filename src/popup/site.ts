// The site in the current tab, and turning notes on or off for it.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { browser } from '../pages/browser';
import { updateSettings } from '../pages/settingsStore';
import { CONTENT_SCRIPT_FILE, isNewsSite } from '../sites/contentScript';
import { askForSite, giveBackSite } from '../sites/permission';

export interface CurrentSite {
  host: string;
  tabId: number;
  /** On by default: one of the news sites in the manifest. */
  isDefault: boolean;
}

/** activeTab lets the popup see the current tab's address, and nothing more, while it is open. */
export function useCurrentSite(): CurrentSite | null | undefined {
  const [site, setSite] = useState<CurrentSite | null | undefined>(undefined);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        const url = tab?.url ? new URL(tab.url) : null;
        if (!url || !/^https?:$/.test(url.protocol) || tab.id === undefined) return setSite(null);
        setSite({ host: url.hostname, tabId: tab.id, isDefault: isNewsSite(url.hostname) });
      })
      .catch(() => setSite(null));
  }, []);
  return site;
}

/**
 * Turns notes on or off for a site. Turning a site on that is not a default news site asks for
 * its permission first, in the click itself (browsers grant it only from a user gesture, so
 * nothing is awaited before the request). Firefox closes the popup as its prompt opens and what
 * follows never runs there: the background, told of the grant (permissions.onAdded), turns the
 * site on, registers the script and annotates the site's open tabs. Where the popup stays open
 * (Chrome), it does the same here at once; doing it twice changes nothing. Turning such a site
 * off gives its permission back.
 */
export async function setSiteEnabled(site: CurrentSite, on: boolean): Promise<string | null> {
  if (on && !site.isDefault && !(await askForSite(site.host))) return t('permissionDenied', site.host);
  await updateSettings((settings) => {
    // A default site on needs no entry; an entry off turns a default site off.
    if (on && site.isDefault) delete settings.sites[site.host];
    else settings.sites[site.host] = on;
  });
  if (on && !site.isDefault) {
    await browser.scripting.executeScript({
      target: { tabId: site.tabId, allFrames: true },
      files: [CONTENT_SCRIPT_FILE],
    });
  } else if (!on && !site.isDefault) {
    await giveBackSite(site.host);
  }
  return null;
}
