export const CONTENT_SCRIPT_FILE: string;
export function contentScriptMatches(apiOrigin: string | null): string[];
export function buildContentScript(outDir: string, apiOrigin: string | null): Promise<void>;
export const MANGLED_PROPERTIES: string[];
