/** The system's Firefox: FIREFOX_PATH, then the usual install paths (firefox-esr first); throws a readable error if none. */
export function findFirefox(): string;
