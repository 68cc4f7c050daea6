export const CONTENT_SCRIPT_FILE: string;
export function contentScriptMatches(apiOrigin: string | null, loopbackPages?: boolean): string[];
export function buildContentScript(outDir: string, apiOrigin: string | null, loopbackPages?: boolean): Promise<void>;
