import browser from 'webextension-polyfill';
import { defaultSettings, loadSettings, SETTINGS_KEY, type Settings, validateSettings } from '../state/settings';

/** Settings fields that hold objects. */
const OBJECT_FIELDS = ['badge', 'notify', 'ladders', 'providers', 'sites'];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Stored settings with every object field that is not an object left out, so that it takes its
 * default: loadSettings mends a bad field inside an object, but cannot mend a field that should be
 * an object and is a string ("notify": "loud" made every round throw).
 */
function withoutBrokenObjects(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const copy = { ...raw };
  for (const key of OBJECT_FIELDS) if (key in copy && !isObject(copy[key])) delete copy[key];
  return copy;
}

/** The user's settings; never throws: a round must run whatever was written into storage.sync. */
export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  try {
    return loadSettings(withoutBrokenObjects(raw));
  } catch (error) {
    console.warn('CapLens: stored settings unreadable, defaults used', error);
    return defaultSettings();
  }
}

/**
 * Changes the stored settings from the freshest copy: `change` edits them and says whether it
 * changed anything (nothing is written if not). The result is validated as a whole, as the
 * extension's pages do, and refused (thrown) if it fails; the user's other settings are kept.
 */
export async function updateSettings(change: (settings: Settings) => boolean): Promise<Settings> {
  const settings = await readSettings();
  if (!change(settings)) return settings;
  const result = validateSettings(settings);
  if (!result.ok) throw new Error(`CapLens: settings not saved: ${Object.values(result.errors).join('; ')}`);
  await browser.storage.sync.set({ [SETTINGS_KEY]: result.settings });
  return result.settings;
}
