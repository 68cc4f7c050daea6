// Notes drawn over the page from a layer of CapLens's own, on pages a framework renders: the page's
// nodes are never touched, so a hydration that comes late finds the DOM its server rendered, and
// the framework's later updates find the nodes they hold. The layer is a child of <html>, outside
// every root a framework renders into. Each note sits beside its paragraph, level with its amount's
// line, or, where the page leaves no room there, above the amount's end over the gap between lines;
// never over the words after it. In the amount's own colour, and it follows the amount when the page
// lays out again.
import { styledShadow } from './styledShadow';
import type { Surface } from './surface';
import { locate } from './textBlocks';

const LAYER_TAG = 'caplens-layer';
/** The room a note needs beside its paragraph, px. */
const MARGIN_NOTE_PX = 120;
// The host's look from inside its shadow: !important there beats any page rule. Positioned, so it
// takes no room; where it sits does not matter, since notes are placed from its own corner.
const LAYER_CSS =
  ':host{all:initial!important;position:absolute!important;z-index:2147483647!important}div{position:absolute;left:0;top:0;transform:translate(-100%,-100%);white-space:nowrap;line-height:1.2;border-radius:3px}.m{transform:none}[hidden]{display:none}';

interface Drawn {
  range: Range;
  /** The amount's text when the note was drawn: once it reads otherwise, the page changed it. */
  text: string;
  /** The paragraph the amount is in: a note goes beside it. */
  block: Element;
  box: HTMLElement;
}

/** The colour the page paints behind `element`: its own or the nearest ancestor's. */
function backdrop(element: Element | null): string {
  for (; element; element = element.parentElement) {
    const colour = getComputedStyle(element).backgroundColor;
    if (!/transparent|, 0\)$/.test(colour)) return colour;
  }
  return 'Canvas';
}

export function noteLayer(document: Document, signal: AbortSignal): Surface {
  const notes = new Set<HTMLElement>();
  const drawn = new Map<HTMLElement, Drawn>();
  const host = document.createElement(LAYER_TAG);
  const shadow = styledShadow(host, LAYER_CSS);

  // Positions are read for all notes, then written, once a frame at most: one layout, not one a note.
  let frame = 0;
  const draw = () => {
    frame = 0;
    if (!host.isConnected) document.documentElement.append(host);
    const origin = host.getBoundingClientRect();
    const room = document.documentElement.clientWidth - MARGIN_NOTE_PX;
    // Reads first, top to bottom: where each amount ends, its paragraph's right edge, and whether the
    // spot beside it is the page's background there (not a sidebar's content); then writes.
    const seen = Array.from(drawn.values(), ({ range, block, box }) => {
      const rects = range.getClientRects();
      const end = rects[rects.length - 1];
      const edge = block.getBoundingClientRect().right;
      const there = end && document.elementFromPoint(edge + 8, end.top + end.height / 2);
      const free = edge < room && (!there || there === host || there.contains(block));
      return { end, edge, free, box };
    }).sort((a, b) => (a.end?.top ?? 0) - (b.end?.top ?? 0));
    let below = 0;
    for (const { end, edge, free, box } of seen) {
      box.hidden = !end?.height;
      if (!end) continue;
      // Beside the paragraph, level with the amount's line, where the page leaves room; one below the
      // other when two share a line. Else above the amount, over the gap between lines.
      const top = free ? Math.max(end.top, below) : end.top;
      if (free) below = top + end.height;
      box.className = free ? 'm' : '';
      box.style.translate = `${(free ? edge : end.right) - origin.left}px ${top - origin.top}px`;
    }
  };
  const redraw = () => {
    if (!frame && drawn.size > 0) frame = requestAnimationFrame(draw);
  };
  addEventListener('resize', redraw, { signal, passive: true });
  // A scrolled box moves the amounts in it; the document scrolling moves the layer along with them,
  // and brings into view what is beside notes placed while out of view (no hit there to test).
  document.addEventListener('scroll', redraw, { signal, capture: true, passive: true });
  const resized = new ResizeObserver(redraw);
  resized.observe(document.documentElement);
  signal.addEventListener('abort', () => {
    resized.disconnect();
    cancelAnimationFrame(frame);
    host.remove();
    notes.clear();
  });

  const drop = (note: HTMLElement) => {
    drawn.get(note)?.box.remove();
    drawn.delete(note);
    notes.delete(note);
  };

  return {
    notes,
    place(block, mention, note) {
      const from = locate(block, mention.start, 'start');
      const to = locate(block, mention.end);
      if (!from || !to?.node.isConnected) return false;
      for (const { range } of drawn.values()) {
        if (range.endContainer === to.node && range.endOffset === to.offset) return false;
      }
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const box = document.createElement('div');
      const parent = to.node.parentElement;
      if (parent) box.style.color = getComputedStyle(parent).color;
      box.style.background = backdrop(parent);
      box.append(note);
      shadow.append(box);
      drawn.set(note, { range, text: range.toString(), block: block.element, box });
      notes.add(note);
      redraw();
      return true;
    },
    clear(root) {
      for (const [note, { range }] of drawn) if (root.contains(range.startContainer)) drop(note);
    },
    changed() {
      // Ranges follow the page's edits: an amount removed or rewritten no longer reads as it did.
      // A component taken away keeps its shadow's text, no longer on the page.
      for (const [note, { range, text }] of drawn) {
        if (!range.startContainer.isConnected || range.toString() !== text) drop(note);
      }
      redraw();
    },
  };
}
