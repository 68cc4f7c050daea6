// The content script: reads the live figures and the user's switches from storage (it never
// fetches), and runs the annotator only while the site is on and CapLens is not paused.
import { type Currency, isCurrency } from '../core/currency';
import { type SiteSwitches, siteSwitch } from '../sites/switches';
import { SETTINGS_KEY, STATE_KEY } from '../state/keys';
import { createAnnotator } from './annotator';
import { ext } from './ext';
import { figuresFrom } from './figures';

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Only the settings the page needs, read without the settings module and its validators. The
 * switches are not cleaned host by host: only this page's host is looked up, and anything but `false`
 * there leaves the site on, as an absent switch does.
 */
function readSwitches(raw: unknown): { paused: boolean; sites: SiteSwitches; currency: Currency } {
  const value = (isObject(raw) ? raw : {}) as Record<string, unknown>;
  return {
    paused: value.paused === true,
    sites: (isObject(value.sites) ? value.sites : {}) as SiteSwitches,
    currency: isCurrency(value.currency) ? value.currency : 'USD',
  };
}

/** A srcdoc frame's address names no host: its page is the one whose origin it inherits. */
function pageHost(): string {
  try {
    return location.hostname || new URL(origin).hostname;
  } catch {
    return '';
  }
}

async function main() {
  // Injected twice (declared, then again from the popup's switch) it shares one isolated world:
  // the first copy does the work. Marked there, not in the page's DOM.
  const world = globalThis as { caplensRunning?: boolean };
  if (world.caplensRunning) return;
  world.caplensRunning = true;
  const [sync, local] = await Promise.all([ext.storage.sync.get(SETTINGS_KEY), ext.storage.local.get(STATE_KEY)]);
  let settings = readSwitches(sync[SETTINGS_KEY]);
  let figures = figuresFrom(local[STATE_KEY], settings.currency);
  const annotator = createAnnotator(document);
  let running = false;

  const apply = () => {
    // The script runs only where it was injected: a default news site or one the user turned on.
    const wanted = !settings.paused && siteSwitch(settings.sites, pageHost()) !== false;
    if (wanted && figures) {
      if (running) annotator.update(figures);
      else annotator.start(figures);
      running = true;
    } else if (running) {
      annotator.stop();
      running = false;
    }
  };

  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) {
      settings = readSwitches(changes[SETTINGS_KEY].newValue);
      if (figures) figures = { ...figures, currency: settings.currency };
    } else if (area === 'local' && STATE_KEY in changes) {
      const next = figuresFrom(changes[STATE_KEY].newValue, settings.currency);
      // A round without a quote keeps the notes as they are rather than removing them.
      if (!next || JSON.stringify(next) === JSON.stringify(figures)) return;
      figures = next;
    } else return;
    apply();
  });
  apply();
}

void main();
