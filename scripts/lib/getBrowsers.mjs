// What `npm test` does before any test: find a Chromium that loads unpacked extensions and a Firefox
// 140+, and where one is missing get it the way the ecosystem does — Debian's packages when running
// as root on Debian, else Chrome for Testing and Firefox through @puppeteer/browsers into a cache.
// When nothing works it returns one message naming what is missing and the command that fixes it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { browserCacheDir, cacheRecord } from './browserPaths.mjs';
import { locateBrowser } from './locateBrowser.mjs';
import { missingMessage } from './missingMessage.mjs';

const KINDS = ['chromium', 'firefox'];
/** How long asking the download servers which version is current may take: offline, fail fast. */
const RESOLVE_TIMEOUT_MS = 20_000;

/** On the PATH itself: the installer runs the program by name. */
const onPath = (name, env) => (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));

/** apt-get install of Debian's chromium and firefox-esr: only as root on Debian, with apt-get on the PATH. */
export const aptInstaller = {
  name: "Debian's packages (apt-get)",
  applies: (env) =>
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    existsSync('/etc/debian_version') &&
    onPath('apt-get', env),
  install(kinds, env) {
    const packages = { chromium: 'chromium', firefox: 'firefox-esr' };
    const options = {
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    };
    const update = spawnSync('apt-get', ['update', '-qq'], { ...options, timeout: 180_000 });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', ...kinds.map((kind) => packages[kind])], {
            ...options,
            timeout: 600_000,
          })
        : update;
    if (install.status === 0) return {};
    const said =
      `${install.stderr ?? ''}`.trim().split('\n').at(-1) || install.error?.message || `exit ${install.status}`;
    return Object.fromEntries(kinds.map((kind) => [kind, `apt-get failed: ${said}`]));
  },
};

const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms).unref(),
    ),
  ]);

/** Chrome for Testing (stable) and Firefox ESR through @puppeteer/browsers, into browserCacheDir(). */
export const downloadInstaller = {
  name: 'a download with @puppeteer/browsers',
  applies: () => true,
  async install(kinds, env) {
    const browsers = await import('@puppeteer/browsers');
    const platform = browsers.detectBrowserPlatform();
    const cacheDir = browserCacheDir(env);
    const wanted = { chromium: [browsers.Browser.CHROME, 'stable'], firefox: [browsers.Browser.FIREFOX, 'esr'] };
    const failures = {};
    for (const kind of kinds) {
      const [browser, tag] = wanted[kind];
      try {
        if (!platform) throw new Error(`no ${browser} builds for ${process.platform} ${process.arch}`);
        const buildId = await withTimeout(
          browsers.resolveBuildId(browser, platform, tag),
          RESOLVE_TIMEOUT_MS,
          `${browser}@${tag}`,
        );
        console.log(`  downloading ${browser} ${buildId} into ${cacheDir}`);
        const installed = await browsers.install({ browser, buildId, cacheDir, downloadProgressCallback: 'default' });
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(
          cacheRecord(env),
          JSON.stringify({ ...readRecord(env), [kind]: installed.executablePath }, null, 2),
        );
      } catch (error) {
        failures[kind] = `downloading ${browser}@${tag} failed: ${error.message.split('\n').join(' ')}`;
      }
    }
    return failures;
  },
};

function readRecord(env) {
  try {
    return JSON.parse(readFileSync(cacheRecord(env), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * { found: { chromium, firefox } } with a path for each, or { found, message } when one is missing.
 * A browser named by CHROME_PATH or FIREFOX_PATH that does not work is reported at once, nothing installed.
 */
export async function ensureBrowsers({
  env = process.env,
  locate = (kind) => locateBrowser(kind, { env }),
  installers = [aptInstaller, downloadInstaller],
  log = console.log,
  fixOptions,
} = {}) {
  const found = Object.fromEntries(KINDS.map((kind) => [kind, locate(kind)]));
  const tried = {};
  const missing = () => KINDS.filter((kind) => !found[kind].path);
  if (missing().some((kind) => found[kind].chosen)) return { found, message: missingMessage(found, tried, fixOptions) };
  for (const installer of installers) {
    const kinds = missing();
    if (kinds.length === 0) break;
    if (!installer.applies(env)) continue;
    log(`▶ getting ${kinds.join(' and ')} through ${installer.name}`);
    const failures = await installer.install(kinds, env);
    for (const kind of kinds) {
      found[kind] = locate(kind);
      if (found[kind].path) continue;
      tried[kind] ??= [];
      tried[kind].push(failures[kind] ?? `${installer.name} left none that works`);
    }
  }
  return missing().length ? { found, message: missingMessage(found, tried, fixOptions) } : { found };
}
