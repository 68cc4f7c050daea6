// Firefox for the end-to-end tests: FIREFOX_PATH, the system's (Debian's firefox-esr first), or the
// one `npm test` installed into its cache (scripts/lib/getBrowsers.mjs). Firefox 140 or later.
import { locateBrowser } from './locateBrowser.mjs';
import { missingMessage } from './missingMessage.mjs';

let found;

export function findFirefox() {
  found ??= locateBrowser('firefox');
  if (!found.path) throw new Error(missingMessage({ firefox: found }));
  return found.path;
}
