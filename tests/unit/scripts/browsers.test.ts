import { describe, expect, it } from 'vitest';
import { candidatePaths } from '../../../scripts/lib/browserPaths.mjs';
import { chromiumVerdict, firefoxVerdict } from '../../../scripts/lib/browserVersion.mjs';
import { ensureBrowsers, type Installer } from '../../../scripts/lib/getBrowsers.mjs';
import { locateBrowser } from '../../../scripts/lib/locateBrowser.mjs';
import { fixCommand, missingMessage } from '../../../scripts/lib/missingMessage.mjs';

describe('which Chromium can load the unpacked extension', () => {
  it.each([
    ['Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n', true],
    ['/usr/bin/chromium: 9: [: 25276071936: unexpected operator\nChromium 156.0.8078.114 built on Debian', true],
    ['Google Chrome for Testing 137.0.7151.55', true],
    ['Google Chrome 136.0.7103.92', true],
    ['Google Chrome 137.0.7151.55', false],
    ['Google Chrome 140.0.7339.16 beta', false],
    ['', false],
  ])('%j → %s', (output, ok) => {
    expect(chromiumVerdict(output).ok).toBe(ok);
  });

  it('says why branded Chrome is turned down', () => {
    expect(chromiumVerdict('Google Chrome 141.0.7390.54')).toEqual({
      ok: false,
      reason: 'is Google Chrome 141, and branded Chrome from 137 on cannot load an unpacked extension',
    });
  });

  it('leaves other Chromium brands undecided', () => {
    expect(chromiumVerdict('Microsoft Edge 137.0.3296.52')).toEqual({ ok: 'unknown', label: 'Microsoft Edge 137' });
  });
});

describe('which Firefox can run CapLens', () => {
  it.each([
    ['Mozilla Firefox 153.8.0esr', { ok: true, label: 'Firefox 153 ESR' }],
    ['Mozilla Firefox 140.0', { ok: true, label: 'Firefox 140' }],
    ['Mozilla Firefox 128.5.0esr', { ok: false, reason: 'is Firefox 128 ESR; CapLens needs Firefox 140 or later' }],
  ])('%s', (output, verdict) => {
    expect(firefoxVerdict(output)).toEqual(verdict);
  });

  it('turns down a program that is not Firefox', () => {
    expect(firefoxVerdict('Chromium 156.0.8078.114').ok).toBe(false);
  });
});

describe('where browsers are looked for', () => {
  it('tries the PATH in its order, then the install folders, then what npm test installed', () => {
    const paths = candidatePaths('firefox', { PATH: '/a:/b' }, { firefox: '/cache/firefox/firefox' });
    expect(paths.slice(0, 4)).toEqual(['/a/firefox-esr', '/a/firefox', '/b/firefox-esr', '/b/firefox']);
    expect(paths.at(-1)).toBe('/cache/firefox/firefox');
    expect(paths).toContain('/usr/lib/firefox-esr/firefox-esr');
  });
});

const versions: Record<string, string> = {
  '/usr/bin/google-chrome-stable': 'Google Chrome 141.0.7390.54',
  '/usr/bin/chromium': 'Chromium 156.0.8078.114',
  '/opt/edge': 'Microsoft Edge 137.0.3296.52',
};
const fakeSystem = (env: Record<string, string>, broken: string[] = []) => ({
  env: { CAPLENS_BROWSERS: '/nonexistent-cache', ...env },
  exists: (path: string) => path in versions,
  version: (path: string) =>
    broken.includes(path) ? { error: 'does not start (libnss3.so missing)' } : { output: versions[path] },
});

describe('finding a Chromium', () => {
  it('passes over branded Chrome for a Chromium further on', () => {
    expect(locateBrowser('chromium', fakeSystem({ PATH: '/usr/bin' }))).toEqual({
      path: '/usr/bin/chromium',
      label: 'Chromium 156',
    });
  });

  it('reports every candidate it turned down, and why', () => {
    const found = locateBrowser('chromium', fakeSystem({ PATH: '/usr/bin' }, ['/usr/bin/chromium']));
    expect(found.path).toBeUndefined();
    expect(found.refused).toEqual([
      '/usr/bin/chromium does not start (libnss3.so missing)',
      '/usr/bin/google-chrome-stable is Google Chrome 141, and branded Chrome from 137 on cannot load an unpacked extension',
    ]);
  });

  it('takes CHROME_PATH alone, and says when nothing is there', () => {
    const found = locateBrowser('chromium', fakeSystem({ PATH: '/usr/bin', CHROME_PATH: '/nowhere/chrome' }));
    expect(found).toEqual({
      refused: ['CHROME_PATH=/nowhere/chrome: no file is there'],
      envVar: 'CHROME_PATH',
      chosen: true,
    });
  });

  it('trusts another Chromium brand only when CHROME_PATH names it', () => {
    expect(locateBrowser('chromium', fakeSystem({ PATH: '/usr/bin', CHROME_PATH: '/opt/edge' })).path).toBe(
      '/opt/edge',
    );
  });
});

describe('the message when a browser is missing', () => {
  const none = { refused: [], envVar: 'CHROME_PATH', chosen: false };

  it.each([
    [{ platform: 'linux', root: true, has: (c: string) => c === 'apt-get' }, 'apt-get install -y chromium firefox-esr'],
    [
      { platform: 'linux', root: false, has: (c: string) => c === 'apt-get' },
      'sudo apt-get install -y chromium firefox-esr',
    ],
    [{ platform: 'linux', root: false, has: (c: string) => c === 'dnf' }, 'sudo dnf install -y chromium firefox'],
    [{ platform: 'darwin', root: false, has: (c: string) => c === 'brew' }, 'brew install --cask chromium firefox'],
    [
      { platform: 'linux', root: false, has: () => false },
      'CHROME_PATH=/path/to/its/executable FIREFOX_PATH=/path/to/its/executable npm test',
    ],
  ])('gives the one command for the machine (%#)', (options, command) => {
    expect(fixCommand(['chromium', 'firefox'], options)).toBe(command);
  });

  it('names what is missing, what was tried and the fix, in one message', () => {
    const message = missingMessage(
      { chromium: none, firefox: { path: '/usr/bin/firefox-esr', label: 'Firefox 153 ESR' } },
      { chromium: ['downloading chrome@stable failed: getaddrinfo ENOTFOUND googlechromelabs.github.io'] },
      { platform: 'linux', root: false, has: (c) => c === 'apt-get' },
    );
    expect(message.split('\n')).toEqual([
      'CapLens needs browsers it cannot find:',
      '  a Chromium or Chrome for Testing (loads the unpacked extension): none.',
      '    CHROME_PATH is not set; nothing usable on the PATH or in the usual folders.',
      '    downloading chrome@stable failed: getaddrinfo ENOTFOUND googlechromelabs.github.io',
      'Fix: sudo apt-get install -y chromium',
    ]);
  });

  it('asks for CHROME_PATH to be mended when it names nothing that works', () => {
    const message = missingMessage({
      chromium: { refused: ['CHROME_PATH=/x: no file is there'], envVar: 'CHROME_PATH', chosen: true },
    });
    expect(message).toMatch(/Fix: unset CHROME_PATH, or point it at a browser that works$/);
  });
});

describe('getting the browsers before the tests', () => {
  const chromium = { path: '/usr/bin/chromium', label: 'Chromium 156' };
  const firefox = { path: '/usr/bin/firefox-esr', label: 'Firefox 153 ESR' };
  const missingChromium = { refused: [], envVar: 'CHROME_PATH', chosen: false };
  const fixOptions = { platform: 'linux', root: true, has: () => true };

  function machine(installs: Partial<Record<'chromium' | 'firefox', boolean>>) {
    const present = new Set<string>(['firefox']);
    const calls: string[] = [];
    const installer = (name: string, applies: boolean, works: boolean): Installer => ({
      name,
      applies: () => applies,
      install(kinds) {
        calls.push(`${name}: ${kinds.join(',')}`);
        if (works) for (const kind of kinds) if (installs[kind]) present.add(kind);
        return works ? {} : { chromium: `${name} failed: offline` };
      },
    });
    const locate = (kind: 'chromium' | 'firefox') =>
      present.has(kind) ? (kind === 'chromium' ? chromium : firefox) : missingChromium;
    return { calls, installer, locate };
  }

  it('uses what the system has and installs nothing', async () => {
    const { calls, installer } = machine({});
    const result = await ensureBrowsers({
      locate: (k) => (k === 'chromium' ? chromium : firefox),
      installers: [installer('apt', true, true)],
      log: () => {},
    });
    expect(result).toEqual({ found: { chromium, firefox } });
    expect(calls).toEqual([]);
  });

  it('installs only what is missing, with the first installer that applies', async () => {
    const { calls, installer, locate } = machine({ chromium: true });
    const result = await ensureBrowsers({
      locate,
      installers: [installer('apt', false, true), installer('download', true, true)],
      log: () => {},
    });
    expect(result).toEqual({ found: { chromium, firefox } });
    expect(calls).toEqual(['download: chromium']);
  });

  it('tries the next installer after a failure, then stops with the message', async () => {
    const { calls, installer, locate } = machine({});
    const result = await ensureBrowsers({
      locate,
      installers: [installer('apt', true, false), installer('download', true, false)],
      log: () => {},
      fixOptions,
    });
    expect(calls).toEqual(['apt: chromium', 'download: chromium']);
    expect(result.message).toContain(
      '    apt failed: offline\n    download failed: offline\nFix: apt-get install -y chromium',
    );
  });

  it('installs nothing when CHROME_PATH names a browser that does not work', async () => {
    const { calls, installer } = machine({ chromium: true });
    const chosen = { refused: ['CHROME_PATH=/x: no file is there'], envVar: 'CHROME_PATH', chosen: true };
    const result = await ensureBrowsers({
      locate: (k) => (k === 'chromium' ? chosen : firefox),
      installers: [installer('apt', true, true)],
    });
    expect(calls).toEqual([]);
    expect(result.message).toContain('CHROME_PATH=/x: no file is there');
  });
});
