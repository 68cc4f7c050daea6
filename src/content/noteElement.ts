// The note of PRODUCT.md's page contract: <caplens-note data-kind data-usd data-currency data-btc>, its look sealed in a
// shadow root so page CSS cannot reach in and ours cannot leak out. Its text lives only in the
// shadow root: copying the article's text does not copy the notes, and the page's textContent
// is unchanged by them.
import type { NoteFigures, NoteSource } from '../core/detect/notes';
import { noteFor } from '../core/detect/notes';
import { noteDetail } from '../core/noteDetail';
import { t } from '../i18n/t';
import { styledShadow } from './styledShadow';

export const NOTE_TAG = 'caplens-note';

/** Whether `node` is one of CapLens's notes. */
export const isNote = (node: Node | null): node is HTMLElement =>
  node?.nodeType === 1 && (node as Element).localName === NOTE_TAG;

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

/** What a note says of its amount, kept so that new figures can say it again. */
const sources = new WeakMap<Element, NoteSource>();

/**
 * A note for an amount: data-kind "price", "cap" or "quantity"; data-usd its value in US dollars (for a
 * quantity, at the price when it was found); data-currency the ISO code of a price or cap in another
 * currency; data-btc the amount of bitcoin.
 */
export function createNote(doc: Document, source: NoteSource & { usd: number }, figures: NoteFigures): HTMLElement {
  const host = doc.createElement(NOTE_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.dataset.kind = source.kind;
  host.dataset.usd = String(source.usd);
  if (source.kind === 'quantity') host.dataset.btc = String(source.value);
  else if (source.currency && source.currency !== 'USD') host.dataset.currency = source.currency;
  host.setAttribute('role', 'note');
  host.tabIndex = 0;
  const shadow = styledShadow(host, SHADOW_CSS);
  const text = doc.createElement('span');
  text.className = 'n';
  const detail = doc.createElement('span');
  detail.className = 't';
  detail.setAttribute('aria-hidden', 'true');
  shadow.append(text, detail);
  sources.set(host, source);
  refreshNote(host, figures);
  return host;
}

/**
 * The note's text and hover sentence at these figures. A price in another currency whose rate is gone
 * keeps its sentence as it was rather than guess its "now" (its text needs no rate).
 */
export function refreshNote(host: Element, figures: NoteFigures): void {
  const source = sources.get(host);
  const [, text, detail] = host.shadowRoot?.children ?? [];
  if (!source || !text || !detail) return;
  const content = noteFor(source, figures);
  const sentence = noteDetail(source, figures);
  // Page text reaches notes only through textContent: never parsed as HTML.
  if (content && text.textContent !== content) text.textContent = content;
  if (!sentence) return;
  if (detail.textContent !== sentence) detail.textContent = sentence;
  host.setAttribute('aria-label', t('noteLabel', sentence));
}
