// The extension API for extension pages, without webextension-polyfill: Chrome's and Firefox's
// Manifest V3 APIs both return promises already, and the polyfill's 10 kB would be a quarter of
// the popup's size budget. Typed as the polyfill is, so callers read the same.
import type Browser from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const browser = (scope.browser ?? scope.chrome) as Browser.Browser;
export type { Browser };
