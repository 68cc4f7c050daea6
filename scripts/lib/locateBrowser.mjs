// Finds a browser that can run CapLens: the first candidate that exists, starts and passes its
// version check. Every candidate turned down is remembered with why, for the message that names what
// is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cacheRecord, candidatePaths, KINDS } from './browserPaths.mjs';
import { chromiumVerdict, firefoxVerdict } from './browserVersion.mjs';

const VERDICTS = { chromium: chromiumVerdict, firefox: firefoxVerdict };

export function versionOf(path) {
  try {
    return { output: execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000, stdio: 'pipe' }) };
  } catch (error) {
    const said = `${error.stderr ?? ''}`.trim().split('\n').at(-1) || error.code || error.message;
    return { error: `does not start (${said})` };
  }
}

function readInstalled(env) {
  try {
    return JSON.parse(readFileSync(cacheRecord(env), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * { path, label } for the first usable browser of this kind, or { refused: ["path: why", …], envVar }.
 * A browser named by the environment variable is the only one tried: the user chose it, and another
 * Chromium-based brand (Edge, Brave…) is taken from there on trust; found by searching, it is passed over.
 */
export function locateBrowser(kind, { env = process.env, exists = existsSync, version = versionOf } = {}) {
  const { envVar } = KINDS[kind];
  const chosen = env[envVar];
  const paths = chosen ? [chosen] : [...new Set(candidatePaths(kind, env, readInstalled(env)))];
  const refused = [];
  for (const path of paths) {
    if (!exists(path)) {
      if (chosen) refused.push(`${envVar}=${path}: no file is there`);
      continue;
    }
    const ran = version(path);
    const verdict = ran.error ? { ok: false, reason: ran.error } : VERDICTS[kind](ran.output);
    if (verdict.ok === true || (verdict.ok === 'unknown' && chosen)) return { path, label: verdict.label };
    refused.push(`${path} ${verdict.reason ?? `is ${verdict.label}, not Chromium or Chrome for Testing`}`);
  }
  return { refused, envVar, chosen: Boolean(chosen) };
}
