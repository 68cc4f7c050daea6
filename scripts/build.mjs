// npm run build: dist/chrome and dist/firefox.
// Options: --target chrome|firefox (default: every target), --out DIR (one target only).
// CAPLENS_API_ORIGIN=http://127.0.0.1:N makes a replay build (see README).
// --loopback-pages: the content script also runs on http://127.0.0.1 (npm start's sample article); never shipped.
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { buildContentScript } from './lib/buildContentScript.mjs';

const TARGETS = ['chrome', 'firefox'];
const { values } = parseArgs({
  options: { target: { type: 'string' }, out: { type: 'string' }, 'loopback-pages': { type: 'boolean' } },
});
const targets = values.target ? [values.target] : TARGETS;
for (const target of targets) {
  if (!TARGETS.includes(target)) {
    console.error(`build: unknown target "${target}"; known: ${TARGETS.join(', ')}`);
    process.exit(2);
  }
}
if (values.out && targets.length > 1) {
  console.error('build: --out needs a single --target');
  process.exit(2);
}
for (const target of targets) {
  process.env.CAPLENS_TARGET = target;
  process.env.CAPLENS_OUT_DIR = values.out ?? `dist/${target}`;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await buildContentScript(
    process.env.CAPLENS_OUT_DIR,
    process.env.CAPLENS_API_ORIGIN?.replace(/\/$/, '') || null,
    Boolean(values['loopback-pages']),
  );
  console.log(
    `build: ${target} → ${process.env.CAPLENS_OUT_DIR}${process.env.CAPLENS_API_ORIGIN ? ` (replay: ${process.env.CAPLENS_API_ORIGIN})` : ''}`,
  );
}
