// Least privilege, checked on what ships: every permission, host and content-script site of the
// source manifest and of each built one (dist/<target>/manifest.json) must be justified by a row of
// the table in docs/permissions.md; the extension pages' content security policy must be strict; and
// no built file may load remote code or evaluate strings. Replay builds (loopback hosts) are for
// tests only and are not checked. A target that is not built yet is skipped, saying so; dist/chrome
// is built first when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const TARGETS = ['chrome', 'firefox'];
const NEWS_SITES_FILE = 'src/content/news-sites.json';

interface Manifest {
  name?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
}

/** docs/permissions.md's table: what each row's first column names, in backticks. */
function justified() {
  const page = readFileSync('docs/permissions.md', 'utf8');
  const section = /^# Permissions\n([\s\S]*?)(?=^## )/m.exec(page)?.[1];
  if (!section) throw new Error('docs/permissions.md has no "# Permissions" table before its first "## "');
  const required = new Set<string>();
  const optional = new Set<string>();
  let newsSites = false;
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || /^-+$/.test(cells[1]) || cells[1] === 'permission') continue;
    const [, what, why] = cells;
    expect(why, `docs/permissions.md row "${what}" gives no reason`).not.toBe('');
    const names = [...what.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (/^content script\b/i.test(what)) {
      newsSites ||= names.includes(NEWS_SITES_FILE);
      continue;
    }
    for (const name of names) (/^optional\b/i.test(what) ? optional : required).add(name);
  }
  return { required, optional, newsSites, csp: section };
}

/** The manifests to check: the source, and each built target that is not a replay build. */
function builtManifests(): { dir: string; manifest: Manifest }[] {
  if (!existsSync('dist')) return [];
  return readdirSync('dist')
    .filter((dir) => existsSync(join('dist', dir, 'manifest.json')))
    .map((dir) => ({
      dir: join('dist', dir),
      manifest: JSON.parse(readFileSync(join('dist', dir, 'manifest.json'), 'utf8')),
    }));
}

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/;
function isReplay(manifest: Manifest): boolean {
  const hosts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((s) => s.matches ?? []),
  ];
  return hosts.some((host) => LOOPBACK.test(host)) || /\(replay\)/.test(manifest.name ?? '');
}

function checkPermissions(manifest: Manifest): void {
  const table = justified();
  const unjustified = (names: string[] | undefined, allowed: Set<string>) =>
    (names ?? []).filter((n) => !allowed.has(n));
  expect(unjustified(manifest.permissions, table.required), 'permissions not in docs/permissions.md').toEqual([]);
  expect(unjustified(manifest.host_permissions, table.required), 'host permissions not in docs/permissions.md').toEqual(
    [],
  );
  expect(unjustified(manifest.optional_permissions, table.optional), 'optional permissions not justified').toEqual([]);
  expect(
    unjustified(manifest.optional_host_permissions, table.optional),
    'optional host permissions not justified',
  ).toEqual([]);

  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  if (matches.length > 0) {
    expect(table.newsSites, `docs/permissions.md has no content-script row naming ${NEWS_SITES_FILE}`).toBe(true);
    const sites = new Set<string>(JSON.parse(readFileSync(NEWS_SITES_FILE, 'utf8')));
    const strays = matches.filter((match) => {
      const host = /^https:\/\/(?:\*\.)?([^/*]+)\/\*$/.exec(match)?.[1];
      return !host || !sites.has(host);
    });
    expect(strays, `content-script sites not in ${NEWS_SITES_FILE}`).toEqual([]);
  }
  // Nothing that lets pages or other extensions in: no resources to probe, no one to take messages from.
  expect(manifest.web_accessible_resources ?? [], 'web_accessible_resources').toEqual([]);
  expect(manifest.externally_connectable, 'externally_connectable').toBeUndefined();
}

function checkCsp(manifest: Manifest): void {
  const csp = manifest.content_security_policy;
  expect(typeof csp, 'content_security_policy must be an MV3 object').toBe('object');
  const policy = (csp as { extension_pages?: string; sandbox?: string }).extension_pages ?? '';
  expect((csp as { sandbox?: string }).sandbox, 'no sandboxed pages').toBeUndefined();
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives.get('script-src'), `script-src in "${policy}"`).toEqual(["'self'"]);
  expect(directives.get('object-src'), `object-src in "${policy}"`).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-|wasm-unsafe-eval|https?:|\*|data:|blob:/);
  expect(justified().csp, 'docs/permissions.md states the script policy').toContain("`script-src 'self'`");
}

const REMOTE_OR_EVAL: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function of a string', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['a timer given a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['a remote import', /\b(?:import\s*\(|from)\s*["'`](?:https?:)?\/\//],
  ['a remote script tag', /<script[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i],
  ['a script element given a remote src', /\.src\s*=\s*["'`](?:https?:)?\/\//],
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function checkNoRemoteCode(dir: string, manifest: Manifest): void {
  const code = filesUnder(dir).filter((file) => /\.(m?js|html)$/.test(file));
  expect(code.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    for (const [what, pattern] of REMOTE_OR_EVAL) if (pattern.test(text)) found.push(`${file}: ${what}`);
  }
  expect(found).toEqual([]);
  // Every script the manifest names is a file in the package.
  const scripts = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((s) => s.js ?? []),
  ].filter((s): s is string => typeof s === 'string');
  for (const script of scripts) expect(existsSync(join(dir, script)), `${dir}/${script}`).toBe(true);
}

describe('least privilege: the source manifest', () => {
  const manifest: Manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  it('asks only for what docs/permissions.md justifies', () => checkPermissions(manifest));
  it('has a strict content security policy', () => checkCsp(manifest));
});

/** The time of the latest change to any file under these paths. */
function newestChange(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    newest = Math.max(
      newest,
      stat.isDirectory() ? newestChange(readdirSync(path).map((name) => join(path, name))) : stat.mtimeMs,
    );
  }
  return newest;
}

describe('least privilege: each built manifest', () => {
  // The shipped builds are what users install: build whichever is missing or older than its sources,
  // so a fresh clone checks both and a stale build never passes for the code of today.
  beforeAll(() => {
    const sources = newestChange([
      'manifest.json',
      'src',
      'public',
      'vite.config.ts',
      'scripts/build.mjs',
      'scripts/lib',
    ]);
    for (const target of TARGETS) {
      const built = join('dist', target, 'manifest.json');
      if (existsSync(built) && statSync(built).mtimeMs >= sources) continue;
      execFileSync(process.execPath, ['scripts/build.mjs', '--target', target], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
  }, 300_000);

  const dirs = new Set([...TARGETS.map((t) => join('dist', t)), ...builtManifests().map((b) => b.dir)]);
  for (const dir of dirs) {
    it(`${dir}: justified permissions, strict CSP, no remote code or eval`, (ctx) => {
      const path = join(dir, 'manifest.json');
      if (!existsSync(path)) ctx.skip(`${dir} is not built yet (npm run build makes it): not checked`);
      const manifest: Manifest = JSON.parse(readFileSync(path, 'utf8'));
      if (isReplay(manifest)) ctx.skip(`${dir} is a replay build (loopback hosts, tests only): not checked`);
      checkPermissions(manifest);
      checkCsp(manifest);
      checkNoRemoteCode(dir, manifest);
    });
  }
});
