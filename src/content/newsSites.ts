// The sites where notes are on by default: major crypto and financial news. Anywhere else the
// user turns them on from the popup, which asks for that one site's permission at that moment.
import sites from './news-sites.json' with { type: 'json' };

export const NEWS_SITES: readonly string[] = sites;

export function isNewsSite(host: string): boolean {
  const h = host.toLowerCase();
  return NEWS_SITES.some((site) => h === site || h.endsWith(`.${site}`));
}
