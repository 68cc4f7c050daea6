// The content script's bytes per source module: esbuild's metafile of the shipped bundle (minified by
// esbuild; terser's whole-file pass then takes a little more off the total, printed beside it).
//
//   tsx scripts/bench/contentModules.ts [--markdown]
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { minify } from 'terser';
import { CONTENT_SCRIPT_TERSER_OPTIONS, contentScriptBuildOptions } from '../lib/buildContentScript.mjs';

const { values } = parseArgs({ options: { markdown: { type: 'boolean' } } });
const result = await build({ ...contentScriptBuildOptions(null), metafile: true });
const [output] = Object.values(result.metafile.outputs);
const shipped = (await minify(result.outputFiles[0].text, CONTENT_SCRIPT_TERSER_OPTIONS)).code ?? '';
const rows = Object.entries(output.inputs)
  .map(([file, { bytesInOutput }]) => ({
    file: file.replace(/^.*node_modules\//, 'node_modules/'),
    bytes: bytesInOutput,
  }))
  .filter((row) => row.bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
const share = (bytes: number) => `${((bytes / total) * 100).toFixed(1)} %`;
const n = (bytes: number) => bytes.toLocaleString('en');
if (values.markdown) {
  console.log('| module | bytes | share |\n| --- | ---: | ---: |');
  for (const row of rows) console.log(`| \`${row.file}\` | ${n(row.bytes)} | ${share(row.bytes)} |`);
} else {
  for (const row of rows) console.log(`${n(row.bytes).padStart(6)}  ${share(row.bytes).padStart(6)}  ${row.file}`);
}
console.log(
  `modules ${n(total)} B; esbuild's file ${n(output.bytes)} B; shipped (after terser) ${n(Buffer.byteLength(shipped))} B`,
);
