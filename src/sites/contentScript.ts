// The content script's file name, one for the source (registered and injected scripts) and the build
// (scripts/lib/buildContentScript.mjs reads the same JSON).
import contentScript from './content-script.json' with { type: 'json' };

export const CONTENT_SCRIPT_FILE: string = contentScript.file;
