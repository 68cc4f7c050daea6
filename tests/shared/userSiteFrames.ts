// A page on a site the user turned on (not one of the manifest's news sites) that holds frames: a
// srcdoc frame, an about:blank frame the page's script writes into, and a frame on another site, each
// with a bitcoin price. What a reader sees there is the same in Chromium and Firefox.

/** The site the user turns on: the replay build's manifest covers 127.0.0.1 only. */
export const USER_SITE = 'localhost';

/** Another site, never turned on: a second loopback address. */
export const ELSEWHERE_HOST = '127.0.0.2';

export const ELSEWHERE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget</title></head>
<body><p id="elsewhere">Bitcoin was quoted at $58,900 by the widget.</p></body></html>`;

export function framesPage(elsewhereOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bitcoin live</title></head>
<body><h1>Bitcoin live</h1>
<p id="top">Bitcoin rose to $62,300 on Tuesday.</p>
<iframe id="srcdoc" srcdoc="<p id=&quot;inside&quot;>Bitcoin fell to $60,100 on Monday.</p>"></iframe>
<iframe id="blank"></iframe>
<iframe id="elsewhere" src="${elsewhereOrigin}/elsewhere.html"></iframe>
<script>
  document.getElementById('blank').contentDocument.body.innerHTML =
    '<p id="inside">Bitcoin traded at $59,800 last week.</p>';
</script></body></html>`;
}

/** Each frame's notes once the page is read: the site's own frames get theirs, another site's none. */
export const NOTES_IN_FRAMES = { top: 1, srcdoc: 1, blank: 1, elsewhere: 0 };

/**
 * The notes in the top page and in its two same-origin frames, read inside the top page (self-contained:
 * sent to the page as source, so Playwright's and puppeteer's evaluate both run it).
 */
export function notesInOwnFrames(): { top: number; srcdoc: number; blank: number } {
  const inFrame = (id: string) =>
    (document.getElementById(id) as HTMLIFrameElement | null)?.contentDocument?.querySelectorAll('caplens-note')
      .length ?? -1;
  return {
    top: document.querySelectorAll('caplens-note').length,
    srcdoc: inFrame('srcdoc'),
    blank: inFrame('blank'),
  };
}
