// The Chromium for start, tests and benchmarks: CHROME_PATH, the system's, or the one `npm test`
// installed into its cache (scripts/lib/getBrowsers.mjs). It must be able to load an unpacked
// extension, which branded Chrome 137 and later cannot.
import { locateBrowser } from './locateBrowser.mjs';
import { missingMessage } from './missingMessage.mjs';

let found;

export function findChromium() {
  found ??= locateBrowser('chromium');
  if (!found.path) throw new Error(missingMessage({ chromium: found }));
  return found.path;
}
