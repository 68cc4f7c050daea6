// npm run package: store-ready zips named by version, from a fresh shipped build (never a replay
// build): the Chrome Web Store zip, the addons.mozilla.org zip, and the source archive AMO's
// reviewers ask for (the committed files, with how to build them in the README).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip, zipDirectory } from './lib/zip.mjs';

if (process.env.CAPLENS_API_ORIGIN) {
  console.error('package: CAPLENS_API_ORIGIN is set; store packages are built from the shipped build only.');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
mkdirSync('packages', { recursive: true });

for (const target of ['chrome', 'firefox']) {
  const dir = join('dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`package: ${dir} was not built`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) {
    console.error(`package: ${dir} is version ${manifest.version}, package.json says ${version}`);
    process.exit(1);
  }
  const zip = `packages/caplens-${target}-${version}.zip`;
  console.log(`package: ${zip} (${zipDirectory(dir, zip)} files)`);
}

const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const source = `packages/caplens-source-${version}.zip`;
writeZip(
  source,
  tracked.map((name) => [name, readFileSync(name)]),
);
console.log(`package: ${source} (${tracked.length} files; build with npm ci && npm run build)`);
