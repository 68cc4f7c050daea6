// The popup: time from opening to its first painted figure (the price, from stored state), against
// an extension page with Preact that paints one fixed figure, in a window of the popup's size.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser } from './harness';
import { median } from './harness';

export const POPUP_VIEWPORT = { width: 380, height: 600 };
const FLOOR_PAGE = 'bench/empty.html';

/** Adds the floor page to a built extension folder (before the browser loads it). */
export async function addFloorPage(dist: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: join(dist, 'bench'),
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: 'scripts/bench/emptyPopup.tsx', formats: ['es'], fileName: () => 'empty.js' },
    },
  });
  writeFileSync(
    join(dist, FLOOR_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>CapLens</title><script type="module" src="./empty.js"></script></head><body><main id="app"></main></body></html>',
  );
}

// Records when the first figure is on screen: the frame after it enters the DOM (rAF, then a task).
const WATCH_FIGURE = `(() => {
  const seen = () => {
    const el = document.querySelector('[data-testid="price"]');
    return el && /\\d/.test(el.textContent || '');
  };
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    window.__figureInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__figurePainted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})()`;

export interface PopupResult {
  popupMs: number[];
  floorMs: number[];
  popup: number;
  floor: number;
}

async function openOnce(browser: Browser, path: string): Promise<number> {
  const page = await browser.extension.context.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.addInitScript(WATCH_FIGURE);
    await page.goto(`chrome-extension://${browser.extension.id}/${path}`);
    // A function, not a string: the extension pages' CSP forbids evaluating strings.
    await page.waitForFunction(
      () => (window as { __figurePainted?: number }).__figurePainted !== undefined,
      undefined,
      {
        timeout: 10_000,
      },
    );
    return (await page.evaluate('window.__figurePainted')) as number;
  } finally {
    await page.close();
  }
}

export async function popupBench(browser: Browser, runs: number, log: (line: string) => void): Promise<PopupResult> {
  const popupMs: number[] = [];
  const floorMs: number[] = [];
  // One of each first, unmeasured: the first extension page of a profile pays for starting things.
  await openOnce(browser, 'src/popup/index.html');
  await openOnce(browser, FLOOR_PAGE);
  for (let run = 0; run < runs; run++) {
    popupMs.push(await openOnce(browser, 'src/popup/index.html'));
    floorMs.push(await openOnce(browser, FLOOR_PAGE));
  }
  log(
    `  popup first figure: ${popupMs.map((v) => v.toFixed(0)).join(' ')} ms; floor ${floorMs.map((v) => v.toFixed(0)).join(' ')} ms`,
  );
  return { popupMs, floorMs, popup: median(popupMs), floor: median(floorMs) };
}
