/**
 * A Chromium that can load an unpacked extension: CHROME_PATH, then the PATH and the usual install
 * folders, then the one `npm test` installed; throws the message naming what is missing and the fix.
 */
export function findChromium(): string;
