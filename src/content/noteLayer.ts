// Notes drawn over the page from a layer of CapLens's own, on pages a framework renders: the page's
// nodes are never touched, so a hydration that comes late finds the DOM its server rendered, and
// the framework's later updates find the nodes they hold. The layer is a child of <html>, outside
// every root a framework renders into. Each note sits above the end of its amount, over the gap
// between lines rather than the words after it, in the amount's own colours, and follows it when
// the page lays out again.
import type { Surface } from './surface';
import { locate } from './textBlocks';

const LAYER_TAG = 'caplens-layer';
// The host's look from inside its shadow: !important there beats any page rule. Positioned, so it
// takes no room; where it sits does not matter, since notes are placed from its own corner.
const LAYER_CSS =
  ':host{all:initial!important;position:absolute!important;z-index:2147483647!important}div{position:absolute;left:0;top:0;transform:translate(-100%,-100%);white-space:nowrap;line-height:1.2;border-radius:3px}[hidden]{display:none}';

interface Drawn {
  range: Range;
  /** The amount's text when the note was drawn: once it reads otherwise, the page changed it. */
  text: string;
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
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = LAYER_CSS;
  shadow.append(style);

  // Positions are read for all notes, then written, once a frame at most: one layout, not one a note.
  let frame = 0;
  const draw = () => {
    frame = 0;
    if (!host.isConnected) document.documentElement.append(host);
    const origin = host.getBoundingClientRect();
    const ends = Array.from(drawn.values(), ({ range }) => {
      const rects = range.getClientRects();
      return rects[rects.length - 1];
    });
    let i = 0;
    for (const { box } of drawn.values()) {
      const end = ends[i++];
      box.hidden = !end?.height;
      if (end) box.style.translate = `${end.right - origin.left}px ${end.top - origin.top}px`;
    }
  };
  const redraw = () => {
    if (!frame && drawn.size > 0) frame = requestAnimationFrame(draw);
  };
  addEventListener('resize', redraw, { signal, passive: true });
  // A scrolled box moves the amounts in it; the document scrolling moves the layer along with them.
  document.addEventListener('scroll', (event) => event.target !== document && redraw(), {
    signal,
    capture: true,
    passive: true,
  });
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
      if (parent) {
        const css = getComputedStyle(parent);
        box.style.color = css.color;
        box.style.fontSize = css.fontSize;
      }
      box.style.background = backdrop(parent);
      box.append(note);
      shadow.append(box);
      drawn.set(note, { range, text: range.toString(), box });
      notes.add(note);
      redraw();
      return true;
    },
    clear(root) {
      for (const [note, { range }] of drawn) if (root.contains(range.startContainer)) drop(note);
    },
    changed() {
      // Ranges follow the page's edits: an amount removed or rewritten no longer reads as it did.
      for (const [note, { range, text }] of drawn) if (range.toString() !== text) drop(note);
      redraw();
    },
  };
}
