// Web components and frames in Firefox: the page of tests/e2e/components.spec.ts.
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { PAGE, TICKER } from '../shared/componentsPage';
import { useFirefoxExtension } from './support/suite';

const suite = useFirefoxExtension();

/** Generous: the machine may be busy with other browsers. */
const POLL = { timeout: 15_000, interval: 100 };

/** Notes in each part of the page: the open components' articles, the closed root, the whole light DOM. */
const counts = (page: Page) =>
  page.evaluate(() => {
    const inShadow = (id: string) =>
      document.getElementById(id)?.shadowRoot?.querySelectorAll('#lead caplens-note').length ?? null;
    return {
      open: inShadow('open'),
      later: inShadow('later'),
      closed: (window as unknown as { sealed: ShadowRoot }).sealed.querySelectorAll('caplens-note').length,
      light: document.querySelectorAll('caplens-note').length,
    };
  });

test('notes inside an open shadow root and a same-origin frame, none in a closed root; removing the component removes its notes', async () => {
  const { extension, replay } = suite;
  replay.setPage('/ticker.html', TICKER);
  replay.setPage('/components.html', PAGE);
  const page = await extension.visit(`${replay.origin}/components.html`);
  await expect.poll(() => counts(page), POLL).toEqual({ open: 1, later: null, closed: 0, light: 0 });
  const ticker = page.frames().find((frame) => frame.url().endsWith('/ticker.html'));
  await expect.poll(() => ticker?.evaluate(() => document.querySelectorAll('#tick caplens-note').length), POLL).toBe(1);

  await page.evaluate(() => (window as unknown as { addArticle(): void }).addArticle());
  await expect.poll(() => counts(page), POLL).toEqual({ open: 1, later: 1, closed: 0, light: 0 });

  await page.evaluate(() => document.getElementById('open')?.remove());
  await expect.poll(() => counts(page), POLL).toEqual({ open: null, later: 1, closed: 0, light: 0 });
});
