// A site the user turned on, in Chromium. Chromium asks for an optional host permission in a dialog
// that a headless run cannot answer (permissions.request stays pending), so the grant is written into
// the profile between two launches, where Chromium keeps what the user allowed: as if they had clicked
// Allow. Asked again, permissions.request then answers at once. The switch is set as the popup sets
// it, and the background registers the site's script.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteOrigins } from '../../../src/sites/origins';
import { SETTINGS_KEY } from '../../../src/state/keys';
import { type Extension, expect, launchExtension } from './fixtures';
import { E2E_DIST } from './paths';

export interface GrantedExtension {
  extension: Extension;
  /** Closes the browser and removes its profile; throws if it tried to reach the internet. */
  close(): Promise<void>;
}

/** The extension with `host`'s permission granted, the site not yet turned on. */
export async function launchWithSiteGranted(host: string): Promise<GrantedExtension> {
  const dir = mkdtempSync(join(tmpdir(), 'caplens-e2e-'));
  const first = await launchExtension(dir);
  const external = [...first.external];
  await first.context.close();
  grantInProfile(dir, first.id, siteOrigins(host));
  const extension = await launchExtension(dir, E2E_DIST.chrome);
  const launched: GrantedExtension = {
    extension,
    async close() {
      await extension.context.close();
      rmSync(dir, { recursive: true, force: true });
      external.push(...extension.external);
      if (external.length > 0) throw new Error(`the browser tried to reach the internet: ${external.join(', ')}`);
    },
  };
  const granted = await extension.worker.evaluate(
    (origins) => chrome.permissions.contains({ origins }),
    siteOrigins(host),
  );
  if (granted) return launched;
  await launched.close();
  throw new Error(`Chromium did not keep the grant of ${host}`);
}

/** The extension with `host` granted and turned on: its switch stored, its script registered. */
export async function launchWithSiteOn(host: string): Promise<GrantedExtension> {
  const granted = await launchWithSiteGranted(host);
  const { extension } = granted;
  try {
    const options = await extension.open();
    await options.evaluate(([key, host]) => chrome.storage.sync.set({ [key]: { sites: { [host]: true } } }), [
      SETTINGS_KEY,
      host,
    ] as const);
    await expect.poll(() => registeredScripts(extension)).toEqual([`site:${host}`]);
    await options.close();
    return granted;
  } catch (error) {
    await granted.close();
    throw error;
  }
}

/** The ids of the scripts registered for sites the user turned on. */
export const registeredScripts = (extension: Extension): Promise<string[]> =>
  extension.worker.evaluate(() =>
    chrome.scripting.getRegisteredContentScripts().then((s: { id: string }[]) => s.map((x) => x.id)),
  );

/** Chromium's record of a permission the user granted at run time, in the profile's preferences. */
function grantInProfile(dir: string, id: string, origins: string[]): void {
  const file = join(dir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8'));
  const settings = preferences.extensions?.settings?.[id];
  if (!settings) throw new Error(`no settings for ${id} in the profile`);
  for (const key of ['active_permissions', 'granted_permissions', 'runtime_granted_permissions']) {
    settings[key] ??= {};
    for (const kind of ['explicit_host', 'scriptable_host']) {
      settings[key][kind] = [...new Set([...(settings[key][kind] ?? []), ...origins])];
    }
  }
  writeFileSync(file, JSON.stringify(preferences));
}
