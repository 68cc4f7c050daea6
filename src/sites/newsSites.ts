// The sites where notes are on by default: major crypto and financial news. Anywhere else the
// user turns them on, which asks for that one site's permission at that moment. The build reads the
// same list for the manifest's content-script matches (scripts/lib/buildContentScript.mjs).
import sites from './news-sites.json' with { type: 'json' };

export const NEWS_SITES: readonly string[] = sites;

export function isNewsSite(host: string): boolean {
  const h = host.toLowerCase();
  return NEWS_SITES.some((site) => h === site || h.endsWith(`.${site}`));
}
