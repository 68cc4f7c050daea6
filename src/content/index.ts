// The content script: reads the live figures and the user's switches from storage (it never
// fetches), and runs the annotator only while the site is on and CapLens is not paused.
import { SETTINGS_KEY, STATE_KEY } from '../state/keys';
import { loadSettings, siteSwitch } from '../state/settings';
import { createAnnotator } from './annotator';
import { ext } from './ext';
import { figuresFrom } from './figures';

async function main() {
  const [sync, local] = await Promise.all([ext.storage.sync.get(SETTINGS_KEY), ext.storage.local.get(STATE_KEY)]);
  let settings = loadSettings(sync[SETTINGS_KEY]);
  let figures = figuresFrom(local[STATE_KEY]);
  const annotator = createAnnotator(document);
  let running = false;

  const apply = () => {
    // The script runs only where it was injected: a default news site or one the user turned on.
    const wanted = !settings.paused && siteSwitch(settings, location.hostname) !== false && figures !== null;
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
    if (area === 'sync' && SETTINGS_KEY in changes) settings = loadSettings(changes[SETTINGS_KEY].newValue);
    else if (area === 'local' && STATE_KEY in changes) {
      const next = figuresFrom(changes[STATE_KEY].newValue);
      // A round without a quote keeps the notes as they are rather than removing them.
      if (!next) return;
      if (figures && next.priceUsd === figures.priceUsd && next.supplyBtc === figures.supplyBtc) return;
      figures = next;
    } else return;
    apply();
  });
  apply();
}

void main();
