/** Chromium flags that load the unpacked extension at `dist` with no background traffic of Chromium's own. */
export function chromiumArgs(dist: string): string[];
