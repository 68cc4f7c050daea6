/**
 * Firefox 140 or later: FIREFOX_PATH, then the PATH (firefox-esr first) and the usual install folders,
 * then the one `npm test` installed; throws the message naming what is missing and the fix.
 */
export function findFirefox(): string;
