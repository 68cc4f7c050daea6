// Sites the user turned on from the popup get the content script on every visit: one registered
// script per site, kept in step with the settings and with the permissions actually granted.
import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE, isNewsSite } from '../sites/contentScript';
import { siteOrigins } from '../sites/origins';
import { readSettings } from './settingsStore';

const PREFIX = 'site:';
const LOCK_NAME = 'caplens-site-scripts';

/**
 * Brings the registered scripts in step with the stored settings, one sync at a time: turning a
 * site on fires several (the grant, then the popup's and the background's writes of the setting),
 * and two running together would both find a script missing and the second would fail on the
 * duplicate id. The settings are read inside the lock, so the last sync sees the last write. The
 * Web Lock lives outside the worker's memory.
 */
export async function syncSiteScripts(): Promise<void> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return sync();
  await locks.request(LOCK_NAME, sync);
}

async function sync(): Promise<void> {
  const settings = await readSettings();
  const wanted: string[] = [];
  for (const [host, on] of Object.entries(settings.sites)) {
    if (!on || isNewsSite(host)) continue;
    // A permission the user removed in the browser's own settings is respected.
    if (await browser.permissions.contains({ origins: siteOrigins(host) })) wanted.push(host);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const hostOf = (script: { id: string }) => script.id.slice(PREFIX.length);
  // Kept: a wanted site's script that reaches its srcdoc and about:blank frames; one registered before
  // it did is registered anew.
  const have = new Set(
    registered.filter((s) => s.matchOriginAsFallback === true && wanted.includes(hostOf(s))).map(hostOf),
  );
  const stale = registered.filter((s) => !have.has(hostOf(s)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const missing = wanted.filter((host) => !have.has(host));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((host) => ({
        id: PREFIX + host,
        matches: siteOrigins(host),
        js: [CONTENT_SCRIPT_FILE],
        // The site's own frames too; a frame on another site is not matched.
        allFrames: true,
        // Frames with no address of their own (srcdoc, about:blank written by the page, data: and blob:)
        // are the site's when the page that made them is: the registered script's match_about_blank.
        matchOriginAsFallback: true,
        runAt: 'document_idle' as const,
      })),
    );
  }
}
