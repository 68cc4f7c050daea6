import type { BuildOptions } from 'esbuild';
import type { MinifyOptions } from 'terser';

export const CONTENT_SCRIPT_FILE: string;
export function contentScriptMatches(apiOrigin: string | null, loopbackPages?: boolean): string[];
export function contentScriptBuildOptions(apiOrigin: string | null): BuildOptions & { write: false };
export const CONTENT_SCRIPT_TERSER_OPTIONS: MinifyOptions;
export function buildContentScript(outDir: string, apiOrigin: string | null, loopbackPages?: boolean): Promise<void>;
