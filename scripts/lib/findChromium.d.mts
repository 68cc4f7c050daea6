/** The system's Chromium or Chrome: CHROME_PATH, then the usual install paths; throws a readable error if none. */
export function findChromium(): string;
