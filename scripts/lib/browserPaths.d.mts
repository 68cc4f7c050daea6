export type BrowserKind = 'chromium' | 'firefox';
export const KINDS: Record<BrowserKind, { envVar: string; names: string[]; folders: string[] }>;
export function browserCacheDir(env?: Record<string, string | undefined>): string;
export function cacheRecord(env?: Record<string, string | undefined>): string;
export function candidatePaths(
  kind: BrowserKind,
  env?: Record<string, string | undefined>,
  installed?: Partial<Record<BrowserKind, string>>,
): string[];
