// Sites the user turned on from the popup get the content script on every visit: one registered
// script per site, kept in step with the settings and with the permissions actually granted.
import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE, isNewsSite, siteOrigins } from '../content/sites';
import type { Settings } from '../state/settings';

const PREFIX = 'site:';

export async function syncSiteScripts(settings: Settings): Promise<void> {
  const wanted: string[] = [];
  for (const [host, on] of Object.entries(settings.sites)) {
    if (!on || isNewsSite(host)) continue;
    // A permission the user removed in the browser's own settings is respected.
    if (await browser.permissions.contains({ origins: siteOrigins(host) })) wanted.push(host);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const have = new Set(registered.filter((s) => s.id.startsWith(PREFIX)).map((s) => s.id.slice(PREFIX.length)));
  const stale = [...have].filter((host) => !wanted.includes(host));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((h) => PREFIX + h) });
  const missing = wanted.filter((host) => !have.has(host));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((host) => ({
        id: PREFIX + host,
        matches: siteOrigins(host),
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
      })),
    );
  }
}
