import type { BrowserKind } from './browserPaths.mjs';

export type Located =
  | { path: string; label: string; refused?: undefined; envVar?: undefined; chosen?: undefined }
  | { path?: undefined; refused: string[]; envVar: string; chosen: boolean };
export function versionOf(path: string): { output: string; error?: undefined } | { error: string; output?: undefined };
export function locateBrowser(
  kind: BrowserKind,
  options?: {
    env?: Record<string, string | undefined>;
    exists?: (path: string) => boolean;
    version?: (path: string) => { output?: string; error?: string };
  },
): Located;
