// The one message shown when a browser the tests need is missing: what is missing, what was tried,
// and the one command that fixes it on this machine.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { KINDS } from './browserPaths.mjs';

const WANTED = {
  chromium: 'a Chromium or Chrome for Testing (loads the unpacked extension)',
  firefox: 'Firefox 140 or later',
};
const PACKAGES = {
  apt: { chromium: 'chromium', firefox: 'firefox-esr' },
  dnf: { chromium: 'chromium', firefox: 'firefox' },
  brew: { chromium: 'chromium', firefox: 'firefox' },
};

/** Whether a program is on the PATH or in the folders package managers live in (the PATH may be bare). */
export function hasCommand(name, env = process.env) {
  const dirs = [...(env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'];
  return dirs.some((dir) => dir && existsSync(join(dir, name)));
}

/** The one command that installs the missing browsers here, or how to point at one. */
export function fixCommand(
  kinds,
  { platform = process.platform, root = process.getuid?.() === 0, has = hasCommand } = {},
) {
  const sudo = root ? '' : 'sudo ';
  const names = (manager) => kinds.map((kind) => PACKAGES[manager][kind]).join(' ');
  if (platform === 'linux' && has('apt-get')) return `${sudo}apt-get install -y ${names('apt')}`;
  if (platform === 'linux' && has('dnf')) return `${sudo}dnf install -y ${names('dnf')}`;
  if (platform === 'darwin' && has('brew')) return `brew install --cask ${names('brew')}`;
  const variables = kinds.map((kind) => `${KINDS[kind].envVar}=/path/to/its/executable`);
  return `${variables.join(' ')} npm test`;
}

/**
 * found: { chromium?, firefox? }, each locateBrowser's answer; tried: { chromium?: [what failed] }.
 * Only the kinds without a path are reported.
 */
export function missingMessage(found, tried = {}, options = {}) {
  const missing = Object.keys(found).filter((kind) => !found[kind].path);
  const lines = ['CapLens needs browsers it cannot find:'];
  for (const kind of missing) {
    const { refused = [], envVar, chosen } = found[kind];
    lines.push(`  ${WANTED[kind]}: none.`);
    if (!chosen) lines.push(`    ${envVar} is not set; nothing usable on the PATH or in the usual folders.`);
    for (const line of [...refused, ...(tried[kind] ?? [])]) lines.push(`    ${line}`);
  }
  const chosen = missing.filter((kind) => found[kind].chosen);
  const fix = chosen.length
    ? `unset ${chosen.map((kind) => KINDS[kind].envVar).join(' ')}, or point it at a browser that works`
    : fixCommand(missing, options);
  lines.push(`Fix: ${fix}`);
  return lines.join('\n');
}
