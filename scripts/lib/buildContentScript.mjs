// The content script is built apart from crxjs, as one classic self-contained file: no loader,
// no dynamic import of a chunk, so no web-accessible resources for pages to probe, and the same
// file serves the manifest's news sites and the sites a user turns on at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const CONTENT_SCRIPT_FILE = 'content.js';

const newsSites = JSON.parse(readFileSync(new URL('../../src/content/news-sites.json', import.meta.url), 'utf8'));

export function contentScriptMatches(apiOrigin) {
  const matches = newsSites.flatMap((site) => [`https://${site}/*`, `https://*.${site}/*`]);
  // Match patterns ignore the port: a replay build also annotates pages served on loopback.
  if (apiOrigin) matches.push(`${new URL(apiOrigin).origin.replace(/:\d+$/, '')}/*`);
  return matches;
}

export async function buildContentScript(outDir, apiOrigin) {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { __CAPLENS_API_ORIGIN__: JSON.stringify(apiOrigin ?? null) },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      lib: { entry: 'src/content/index.ts', formats: ['iife'], name: 'caplens', fileName: () => CONTENT_SCRIPT_FILE },
      rollupOptions: { output: { extend: true } },
    },
  });
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.content_scripts = [
    { matches: contentScriptMatches(apiOrigin), js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' },
  ];
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
