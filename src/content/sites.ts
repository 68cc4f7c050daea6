// The sites where notes are on by default: major crypto and financial news. Anywhere else the
// user turns them on from the popup, which asks for that one site's permission at that moment.
import sites from './news-sites.json' with { type: 'json' };

export const NEWS_SITES: readonly string[] = sites;

/** The content script, built apart as one file (scripts/lib/buildContentScript.mjs). */
export const CONTENT_SCRIPT_FILE = 'content.js';

/** The origins a site the user turns on is granted: both schemes, that host only. */
export function siteOrigins(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

export function isNewsSite(host: string): boolean {
  const h = host.toLowerCase();
  return NEWS_SITES.some((site) => h === site || h.endsWith(`.${site}`));
}
