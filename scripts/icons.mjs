// Renders assets/icon.svg into public/icons/icon-{16,32,48,128}.png with the system Chromium,
// so every size comes from the one drawing. Run after changing the drawing; the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/findChromium.mjs';

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml,${encodeURIComponent(svg)}">`,
  );
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to public/icons');
