// Web components and frames in Firefox: the pages of tests/e2e/components.spec.ts and
// tests/e2e/userSiteFrames.spec.ts.
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { startReplayServer } from '../../scripts/replay/server';
import { PAGE, TICKER } from '../shared/componentsPage';
import {
  ELSEWHERE_HOST,
  ELSEWHERE_PAGE,
  framesPage,
  NOTES_IN_FRAMES,
  notesInOwnFrames,
  USER_SITE,
} from '../shared/userSiteFrames';
import { grantByClick, siteRecord } from './support/sites';
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

/**
 * The page of frames on the site the user turns on, read frame by frame; `openFirst`: the page is open
 * when the site is turned on (the background injects the script into the open tab), otherwise it is
 * visited after (the registered script).
 */
async function framesOnUserSite(openFirst: boolean): Promise<void> {
  const { extension, replay } = suite;
  const elsewhere = await startReplayServer({ port: 0, host: ELSEWHERE_HOST });
  try {
    elsewhere.setPage('/elsewhere.html', ELSEWHERE_PAGE);
    replay.setPage('/frames.html', framesPage(`http://${ELSEWHERE_HOST}:${elsewhere.port}`));
    const visit = () => extension.visit(`http://${USER_SITE}:${replay.port}/frames.html`);
    const opened = openFirst ? await visit() : null;
    await grantByClick(extension, USER_SITE);
    await expect.poll(() => siteRecord(extension, USER_SITE), POLL).toMatchObject({ on: true, permission: true });
    const page = opened ?? (await visit());
    const other = page.frames().find((frame) => frame.url().endsWith('/elsewhere.html'));
    const seen = async () => ({
      ...(await page.evaluate(notesInOwnFrames)),
      elsewhere: (await other?.evaluate(() => document.querySelectorAll('caplens-note').length)) ?? -1,
    });
    await expect.poll(seen, POLL).toEqual(NOTES_IN_FRAMES);
    // Another site's frame stays bare while the page's own frames have long been read.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await seen()).toEqual(NOTES_IN_FRAMES);
  } finally {
    await elsewhere.close();
  }
}

test(
  "a site the user turned on: its srcdoc and about:blank frames get notes, another site's frame none",
  () => framesOnUserSite(false),
  60_000,
);

test(
  "turned on while its page is open: the page's srcdoc and about:blank frames get notes too",
  () => framesOnUserSite(true),
  60_000,
);
