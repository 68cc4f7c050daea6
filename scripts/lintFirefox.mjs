// web-ext lint on the Firefox package, the check addons.mozilla.org runs on upload.
//   node scripts/lintFirefox.mjs                     builds the shipped package (as `npm run build` writes
//                                                    dist/firefox) into a fresh folder and lints that
//   node scripts/lintFirefox.mjs --source-dir DIR    lints DIR as it is
// Writes test-results/firefox-lint.json ({ errors, warnings, notices, messages }); exits 1 on any error.
// web-ext's API is used rather than its CLI: the CLI asks the npm registry for updates, tests stay offline.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import webExt from 'web-ext';

const { values } = parseArgs({ options: { 'source-dir': { type: 'string' } } });
let sourceDir = values['source-dir'];
let scratch = null;
if (!sourceDir) {
  scratch = mkdtempSync(join(tmpdir(), 'caplens-lint-'));
  sourceDir = join(scratch, 'firefox');
  const { CAPLENS_API_ORIGIN: _replay, ...env } = process.env;
  execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'firefox', '--out', sourceDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}

try {
  const result = await webExt.cmd.lint(
    { sourceDir, output: 'text', boring: !process.stdout.isTTY },
    { shouldExitProgram: false },
  );
  const messages = [...result.errors, ...result.warnings, ...result.notices].map(
    ({ _type, code, message, file, line }) => ({ type: _type, code, message, file, line }),
  );
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/firefox-lint.json', `${JSON.stringify({ ...result.summary, messages }, null, 2)}\n`);
  process.exitCode = result.summary.errors > 0 ? 1 : 0;
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
