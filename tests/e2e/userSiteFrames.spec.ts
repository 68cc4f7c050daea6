// Frames on a site the user turned on, in Chromium: the registered script's reach. A srcdoc frame and
// an about:blank frame the page writes are the site's own and get their notes; a frame on another
// site gets nothing.
import { type ReplayServer, startReplayServer } from '../../scripts/replay/server';
import { CONTENT_SCRIPT_FILE } from '../../src/sites/contentScript';
import { siteOrigins } from '../../src/sites/origins';
import { SETTINGS_KEY } from '../../src/state/keys';
import {
  ELSEWHERE_HOST,
  ELSEWHERE_PAGE,
  framesPage,
  NOTES_IN_FRAMES,
  notesInOwnFrames,
  USER_SITE,
} from '../shared/userSiteFrames';
import { type Extension, expect, POPUP_PATH, test } from './support/fixtures';
import { launchWithSiteGranted, launchWithSiteOn } from './support/grantSite';

let elsewhere: ReplayServer;
test.beforeAll(async () => {
  elsewhere = await startReplayServer({ port: 0, host: ELSEWHERE_HOST });
  elsewhere.setPage('/elsewhere.html', ELSEWHERE_PAGE);
});
test.afterAll(() => elsewhere.close());

/** Opens the page of frames on the user's site; reads each frame's notes. */
async function openFramesPage(extension: Extension, replay: ReplayServer) {
  // The other site is on loopback too; the guard against the internet still covers everything else.
  await extension.context.route(new RegExp(`^http://${ELSEWHERE_HOST.replaceAll('.', '\\.')}:\\d+/`), (route) =>
    route.continue(),
  );
  replay.setPage('/frames.html', framesPage(`http://${ELSEWHERE_HOST}:${elsewhere.port}`));
  const page = await extension.context.newPage();
  await page.goto(`http://${USER_SITE}:${replay.port}/frames.html`);
  const other = page.frame({ url: /elsewhere\.html$/ });
  return async () => ({
    ...(await page.evaluate(notesInOwnFrames)),
    elsewhere: await (other?.evaluate(() => document.querySelectorAll('caplens-note').length) ?? -1),
  });
}

test("a site the user turned on: its srcdoc and about:blank frames get notes, another site's frame none", async ({
  replay,
}) => {
  const { extension, close } = await launchWithSiteOn(USER_SITE);
  try {
    const seen = await openFramesPage(extension, replay);
    await expect.poll(seen, { timeout: 60_000 }).toEqual(NOTES_IN_FRAMES);
    // Another site's frame stays bare while the page's own frames have long been read.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await seen()).toEqual(NOTES_IN_FRAMES);
  } finally {
    await close();
  }
});

test('a site turned on before the frames were reached: its script is registered anew, and they get notes', async ({
  replay,
}) => {
  const { extension, close } = await launchWithSiteOn(USER_SITE);
  try {
    // The site's script as an earlier version registered it, reaching no srcdoc or about:blank frame.
    await extension.worker.evaluate(
      async ([id, matches, file]) => {
        await chrome.scripting.unregisterContentScripts({ ids: [id] });
        await chrome.scripting.registerContentScripts([
          { id, matches, js: [file], allFrames: true, runAt: 'document_idle' },
        ]);
      },
      [`site:${USER_SITE}`, siteOrigins(USER_SITE), CONTENT_SCRIPT_FILE] as const,
    );
    // The same sync the background runs at start, after an update, follows any change of the settings.
    const options = await extension.open();
    await options.evaluate(
      ([key, host]) => chrome.storage.sync.set({ [key]: { sites: { [host]: true }, pollMinutes: 5 } }),
      [SETTINGS_KEY, USER_SITE] as const,
    );
    await expect
      .poll(() =>
        extension.worker.evaluate(() =>
          chrome.scripting
            .getRegisteredContentScripts()
            .then((s: { matchOriginAsFallback?: boolean }[]) => s.map((x) => x.matchOriginAsFallback)),
        ),
      )
      .toEqual([true]);
    const seen = await openFramesPage(extension, replay);
    await expect.poll(seen, { timeout: 60_000 }).toEqual(NOTES_IN_FRAMES);
  } finally {
    await close();
  }
});

test("turned on from the popup while its page is open: the page's srcdoc and about:blank frames get notes too", async ({
  replay,
}) => {
  const { extension, close } = await launchWithSiteGranted(USER_SITE);
  try {
    const seen = await openFramesPage(extension, replay);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await seen()).toEqual({ top: 0, srcdoc: 0, blank: 0, elsewhere: 0 });
    // The popup, for the tab the user is on: opened in a background tab so that the page stays the
    // window's active tab, the one the popup reads its site from.
    const popupUrl = `chrome-extension://${extension.id}/${POPUP_PATH}`;
    const opened = extension.context.waitForEvent('page', (page) => page.url() === popupUrl);
    await extension.worker.evaluate(
      (url) => chrome.tabs.create({ url, active: false }).then(() => undefined),
      popupUrl,
    );
    const popup = await opened;
    const siteSwitch = popup.getByTestId('site-switch');
    await expect(siteSwitch).not.toBeChecked();
    await siteSwitch.click();
    await expect.poll(seen, { timeout: 60_000 }).toEqual(NOTES_IN_FRAMES);
    await expect(siteSwitch).toBeChecked();
  } finally {
    await close();
  }
});
