// The content script is built apart from crxjs, as one classic self-contained file: no loader,
// no dynamic import of a chunk, so no web-accessible resources for pages to probe, and the same
// file serves the manifest's news sites and the sites a user turns on at run time.
//
// Built with esbuild and terser rather than through Vite: it runs on every page of every news
// site, so its size counts (budget in scripts/bench/sizes.ts). esbuild bundles it and shortens the
// names of the script's own object properties, which Vite's minifier cannot do; terser then
// compresses the whole file as one scope (2 % smaller than esbuild alone), with its safe options only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';

export const CONTENT_SCRIPT_FILE = 'content.js';

const newsSites = JSON.parse(readFileSync(new URL('../../src/content/news-sites.json', import.meta.url), 'utf8'));

/**
 * Properties of the script's own objects (mentions, amounts, blocks, subjects, anchors, figures),
 * which esbuild renames to one or two letters throughout the bundle. A name here is renamed on
 * every object, so only names that no DOM, JavaScript, storage or message object the script
 * touches has: not `index` (regular-expression matches). The stored quote's `usd` and `supplyBtc`
 * are read by name (src/content/figures.ts) and the notes' data-kind and data-usd with
 * get/setAttribute, since quoted names and strings are never renamed. A unit test
 * (tests/unit/contentMangling.test.ts) type-checks the script and fails on any of these names used
 * on an object the browser, JavaScript, storage or messages define.
 */
export const MANGLED_PROPERTIES = [
  // mentions and amounts (src/core/detect)
  'start',
  'end',
  'text',
  'kind',
  'usd',
  'note',
  'origin',
  // blocks and subjects
  'subjects',
  'asides',
  'sentenceStarts',
  'element',
  'segments',
  'breakPending',
  'node',
  'offset',
  // notes and their anchors (src/content)
  'block',
  'mention',
  'detail',
  'tail',
  'nodeText',
  'tailText',
  'since',
  'count',
  'pushAll',
  'update',
  'stop',
  // the annotator's parts: its run, its surfaces and the notes they draw
  'figures',
  'surface',
  'notes',
  'place',
  'changed',
  'range',
  'box',
  // figures and page context
  'priceUsd',
  'supplyBtc',
  'pageContext',
  'aboutBitcoin',
];

/** `loopbackPages`: also pages on http://127.0.0.1 (npm start's sample article), with the real providers. */
export function contentScriptMatches(apiOrigin, loopbackPages = false) {
  const matches = newsSites.flatMap((site) => [`https://${site}/*`, `https://*.${site}/*`]);
  // Match patterns ignore the port: a replay build also annotates pages served on loopback.
  if (apiOrigin) matches.push(`${new URL(apiOrigin).origin.replace(/:\d+$/, '')}/*`);
  else if (loopbackPages) matches.push('http://127.0.0.1/*');
  return matches;
}

export async function buildContentScript(outDir, apiOrigin, loopbackPages = false) {
  const bundled = await build({
    entryPoints: [new URL('../../src/content/index.ts', import.meta.url).pathname],
    write: false,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    mangleProps: new RegExp(`^(?:${MANGLED_PROPERTIES.join('|')})$`),
    define: { __CAPLENS_API_ORIGIN__: JSON.stringify(apiOrigin ?? null) },
    logLevel: 'warning',
  });
  const { code } = await minify(bundled.outputFiles[0].text, {
    ecma: 2020,
    toplevel: true,
    compress: { passes: 3 },
    format: { ascii_only: false },
  });
  writeFileSync(join(outDir, CONTENT_SCRIPT_FILE), code);
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.content_scripts = [
    { matches: contentScriptMatches(apiOrigin, loopbackPages), js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' },
  ];
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
