// A site's permission granted is that site turned on, whoever asked. The popup asks in the click
// itself, but Firefox closes the popup as its prompt opens, so the popup never learns the answer:
// the background, woken by permissions.onAdded, turns the site's switch on, registers the script
// for later visits and annotates the site's open tabs. In Chrome the popup stays open and does the
// same; each step is idempotent, so doing it twice changes nothing. (Firefox's "Always allow on"
// in its extensions panel grants the same two origins, and so turns the site on too.)
import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE } from '../sites/contentScript';
import { sitesOfOrigins } from '../sites/grants';
import { siteOrigins } from '../sites/origins';
import { updateSettings } from './settingsStore';
import { syncSiteScripts } from './siteScripts';

export async function onSitePermissionsAdded(added: browser.Permissions.Permissions): Promise<void> {
  const hosts: string[] = [];
  for (const host of sitesOfOrigins(added.origins ?? [])) {
    // Both schemes, as the popup asks: one alone is not a site turned on (nor would the script be registered).
    if (await browser.permissions.contains({ origins: siteOrigins(host) })) hosts.push(host);
  }
  if (hosts.length === 0) return;
  try {
    await updateSettings((settings) => {
      const off = hosts.filter((host) => settings.sites[host] !== true);
      for (const host of off) settings.sites[host] = true;
      return off.length > 0;
    });
  } catch (error) {
    // Stored settings that fail validation are not overwritten; the open tabs are still annotated.
    console.warn(error);
  }
  await syncSiteScripts();
  for (const host of hosts) await annotateOpenTabs(host);
}

/** Injects the content script into the tabs open on `host` (it runs once a page, however often injected). */
async function annotateOpenTabs(host: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: siteOrigins(host) });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          files: [CONTENT_SCRIPT_FILE],
        });
      } catch {
        // A tab that navigated away, is discarded or still loading an error page: left alone.
      }
    }),
  );
}
