// The content script is built apart from crxjs, as one classic self-contained file: no loader,
// no dynamic import of a chunk, so no web-accessible resources for pages to probe, and the same
// file serves the manifest's news sites and the sites a user turns on at run time.
//
// Built with esbuild and terser rather than through Vite: it runs on every page of every news
// site, so its size counts (budget in scripts/bench/sizes.ts). esbuild bundles it; terser then
// compresses the whole file as one scope (2 % smaller than esbuild alone), with its safe options only.
// Property names are kept as written: renaming them from a hand-kept list saves 1 kB, but a listed
// name read on an object the browser, storage or a message defines then reads undefined, silently.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';

const fromSites = (file) => JSON.parse(readFileSync(new URL(`../../src/sites/${file}`, import.meta.url), 'utf8'));
/** The file name src/sites/contentScript.ts gives the registered and injected scripts. */
export const CONTENT_SCRIPT_FILE = fromSites('content-script.json').file;
const newsSites = fromSites('news-sites.json');

/** `loopbackPages`: also pages on http://127.0.0.1 (npm start's sample article), with the real providers. */
export function contentScriptMatches(apiOrigin, loopbackPages = false) {
  const matches = newsSites.flatMap((site) => [`https://${site}/*`, `https://*.${site}/*`]);
  // Match patterns ignore the port: a replay build also annotates pages served on loopback.
  if (apiOrigin) matches.push(`${new URL(apiOrigin).origin.replace(/:\d+$/, '')}/*`);
  else if (loopbackPages) matches.push('http://127.0.0.1/*');
  return matches;
}

/** esbuild's options for the content script (scripts/bench/contentModules.ts measures the same build). */
export function contentScriptBuildOptions(apiOrigin) {
  return {
    entryPoints: [new URL('../../src/content/index.ts', import.meta.url).pathname],
    write: false,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { __CAPLENS_API_ORIGIN__: JSON.stringify(apiOrigin ?? null) },
    logLevel: 'warning',
  };
}

export const CONTENT_SCRIPT_TERSER_OPTIONS = {
  ecma: 2020,
  toplevel: true,
  compress: { passes: 3 },
  format: { ascii_only: false },
};

export async function buildContentScript(outDir, apiOrigin, loopbackPages = false) {
  const bundled = await build(contentScriptBuildOptions(apiOrigin));
  const { code } = await minify(bundled.outputFiles[0].text, CONTENT_SCRIPT_TERSER_OPTIONS);
  writeFileSync(join(outDir, CONTENT_SCRIPT_FILE), code);
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.content_scripts = [
    {
      matches: contentScriptMatches(apiOrigin, loopbackPages),
      js: [CONTENT_SCRIPT_FILE],
      run_at: 'document_idle',
      // Embeds and live tickers in the site's own frames (and srcdoc frames it writes) get notes too;
      // a frame on another site is not matched, so it gets nothing.
      all_frames: true,
      match_about_blank: true,
    },
  ];
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
