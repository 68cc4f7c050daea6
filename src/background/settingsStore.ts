import browser from 'webextension-polyfill';
import { loadSettings, SETTINGS_KEY, type Settings } from '../state/settings';

export async function readSettings(): Promise<Settings> {
  return loadSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}
