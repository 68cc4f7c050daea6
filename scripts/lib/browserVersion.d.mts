export const CHROME_LAST_WITH_LOAD_EXTENSION: number;
export const FIREFOX_MIN: number;
export type Verdict = { ok: true; label: string } | { ok: false; reason: string } | { ok: 'unknown'; label: string };
/** Whether the Chromium that printed this `--version` can load an unpacked extension. */
export function chromiumVerdict(output: string): Verdict;
/** Whether the Firefox that printed this `--version` is 140 or later. */
export function firefoxVerdict(output: string): Verdict;
