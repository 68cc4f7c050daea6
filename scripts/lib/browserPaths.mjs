// Where a browser for CapLens may be: an explicit path in the environment, then the names
// distributions install on the PATH, then the usual install folders that are not on it, then the
// cache that `npm test` downloads into.
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export const KINDS = {
  chromium: {
    envVar: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'],
    folders: [
      '/opt/google/chrome/chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
  },
  firefox: {
    envVar: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    folders: [
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
  },
};

/** The folder `npm test` installs browsers into when the system has none (CAPLENS_BROWSERS overrides it). */
export function browserCacheDir(env = process.env) {
  if (env.CAPLENS_BROWSERS) return env.CAPLENS_BROWSERS;
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'caplens', 'browsers');
}

/** The record of what was installed into the cache: { chromium?: path, firefox?: path }. */
export const cacheRecord = (env = process.env) => join(browserCacheDir(env), 'installed.json');

/** Paths to try, in order, for one kind of browser (the environment variable is handled apart). */
export function candidatePaths(kind, env = process.env, installed = {}) {
  const { names, folders } = KINDS[kind];
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((name) => join(dir, name)));
  return [...onPath, ...folders, ...(installed[kind] ? [installed[kind]] : [])];
}
