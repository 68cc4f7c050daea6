// Settings as the extension's pages read and write them (storage.sync). A write is validated as
// a whole first: a bad value is refused with its reasons and nothing is saved.
import { loadSettings, SETTINGS_KEY, type Settings, type SettingsErrors, validateSettings } from '../state/settings';
import { browser } from './browser';
import { useStored } from './useStored';

export async function readSettings(): Promise<Settings> {
  return loadSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(candidate: unknown): Promise<{ ok: true } | { ok: false; errors: SettingsErrors }> {
  const result = validateSettings(candidate);
  if (!result.ok) return result;
  await browser.storage.sync.set({ [SETTINGS_KEY]: result.settings });
  return { ok: true };
}

/** Reads, changes and saves in one step, from the freshest stored copy. */
export async function updateSettings(change: (settings: Settings) => void): Promise<Settings> {
  const settings = await readSettings();
  change(settings);
  const saved = await saveSettings(settings);
  if (!saved.ok) throw new Error(Object.values(saved.errors).join('; '));
  return settings;
}

/** The stored settings, followed live; undefined until read. */
export function useSettings(): Settings | undefined {
  return useStored('sync', SETTINGS_KEY, loadSettings);
}
