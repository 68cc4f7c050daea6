// The content script: its file, one name for the source (registered and injected scripts) and the
// build, and the sites it runs on by default, major crypto and financial news (the build reads both
// JSON files too, scripts/lib/buildContentScript.mjs). Anywhere else the user turns notes on, which
// asks for that one site's permission at that moment.
import contentScript from './content-script.json' with { type: 'json' };
import sites from './news-sites.json' with { type: 'json' };

export const CONTENT_SCRIPT_FILE: string = contentScript.file;

export const NEWS_SITES: readonly string[] = sites;

export function isNewsSite(host: string): boolean {
  const h = host.toLowerCase();
  return NEWS_SITES.some((site) => h === site || h.endsWith(`.${site}`));
}
