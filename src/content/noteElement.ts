// The note of PRODUCT.md's page contract: <caplens-note data-kind data-usd>, its look sealed in a
// shadow root so page CSS cannot reach in and ours cannot leak out. Its text lives only in the
// shadow root: copying the article's text does not copy the notes, and the page's textContent
// is unchanged by them.
import { t } from '../i18n/t';

export const NOTE_TAG = 'caplens-note';

/**
 * Inline on the host, !important: the only way to beat page rules that target the element. Not
 * positioned: a positioned inline gets a paint layer of its own, and a page with a thousand of them
 * paints slowly; the host is positioned (from the shadow, whose !important wins) only while its
 * tooltip shows. Its colour is the page's text colour, a fifth lighter: the note sits in the text,
 * and whatever the page's background, its text colour is the one that reads on it (the operating
 * system's dark scheme says nothing of a page that stays white). Lighter by alpha, not opacity, which
 * would give every note a paint layer too. `user-select` needs no prefix in the browsers CapLens runs in
 * (Chrome 54 and Firefox 69 on).
 */
const HOST_STYLE =
  'all:initial!important;color:color-mix(in srgb,currentColor 80%,#0000)!important;display:inline!important;user-select:none!important;';

// One rule a line here, without the line breaks in the script. The tooltip wraps: it inherits
// white-space:normal from the host's all:initial. The host's own outline is off when focused (and when
// hovered, where it has none anyway): the focus ring is drawn around the note's text.
const SHADOW_CSS =
  '.n{font:500 .78em/1 system-ui,sans-serif;background:rgba(127,127,127,.12);border-radius:3px;padding:0 .3em;margin-left:.25em;white-space:nowrap;cursor:help}' +
  '.t{display:none;position:absolute;z-index:2147483647;left:0;top:1.6em;width:max-content;max-width:22em;font:13px/1.4 system-ui,sans-serif;color:#f9fafb;background:#1f2937;padding:6px 8px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.3)}' +
  ':host(:hover) .t,:host(:focus) .t{display:block}' +
  ':host(:hover),:host(:focus){position:relative!important;outline:none}' +
  ':host(:focus-visible) .n{outline:2px solid #f7931a}';

export interface NoteContent {
  kind: 'price' | 'cap';
  usd: number;
  /** "≈ $1.03T cap" */
  text: string;
  /** The sentence shown on hover or focus, also the accessible label. */
  detail: string;
}

export function createNote(doc: Document, content: NoteContent): HTMLElement {
  const host = doc.createElement(NOTE_TAG);
  host.setAttribute('style', HOST_STYLE);
  // Attributes by name: the bundle shortens the script's own `kind` property (buildContentScript.mjs).
  host.setAttribute('data-kind', content.kind);
  host.setAttribute('data-usd', String(content.usd));
  host.setAttribute('role', 'note');
  host.tabIndex = 0;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const text = doc.createElement('span');
  text.className = 'n';
  const detail = doc.createElement('span');
  detail.className = 't';
  detail.setAttribute('aria-hidden', 'true');
  shadow.append(style, text, detail);
  updateNote(host, content);
  return host;
}

/** Page text reaches notes only through textContent: never parsed as HTML. */
export function updateNote(host: HTMLElement, content: Pick<NoteContent, 'text' | 'detail'>): void {
  const [, text, detail] = host.shadowRoot?.children ?? [];
  if (!text || !detail) return;
  if (text.textContent !== content.text) text.textContent = content.text;
  if (detail.textContent !== content.detail) detail.textContent = content.detail;
  host.setAttribute('aria-label', t('noteLabel', content.detail));
}
