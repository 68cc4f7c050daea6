// Finds bitcoin prices and caps in a page and notes them: the initial reading and every later
// change, in idle-time slices, with a ceiling on notes per page. The open shadow roots of the page's
// components are read and watched as the body is. Its parts: a surface that draws the
// notes (in the text, or over a framework's page from a layer of CapLens's own), a watcher of the
// page's changes, an idle-time reading queue, a churn limit. One signal stops them all: stopping
// leaves no note, observer or pending work behind.
import { describePage, findMentions, MAY_HOLD_DOLLARS, type Mention, type PageContext } from '../core/detect';
import { churnLimit } from './churn';
import type { Figures } from './figures';
import { isFrameworkPage } from './frameworkPage';
import { idleQueue } from './idle';
import { inlineNotes } from './inlineNotes';
import { createNote, refreshNote } from './noteElement';
import { noteLayer } from './noteLayer';
import { WATCHED, watchPage } from './pageWatcher';
import type { Surface } from './surface';
import { findShadowRoots, pageSummary, type TextBlock, textBlockSteps, textBlocks } from './textBlocks';

/** More notes than this on one page would be clutter, and a sign the page is not an article. */
export const MAX_NOTES_PER_PAGE = 150;

export interface Annotator {
  start(figures: Figures): void;
  /** New live figures: every note's text follows. */
  update(figures: Figures): void;
  stop(): void;
}

/** Found notes wait at most this long, or until this many wait, before they go in. */
const FLUSH_MS = 1000;
const FLUSH_NOTES = MAX_NOTES_PER_PAGE;
/** Changes with at most this much text (in all) are read in the mutation callback itself. */
const AT_ONCE_CHARS = 10_000;

export function createAnnotator(document: Document, { maxNotes = MAX_NOTES_PER_PAGE } = {}): Annotator {
  let running: { figures: Figures; surface: Surface; stop: AbortController } | null = null;
  return {
    start(figures) {
      if (running) {
        running.figures = figures;
        return;
      }
      const body = document.body;
      if (!body) return;
      const stop = new AbortController();
      const surface = (isFrameworkPage(document) ? noteLayer : inlineNotes)(document, stop.signal);
      running = { figures, surface, stop };
      annotate(document, body, running, maxNotes, stop.signal);
    },
    update(figures) {
      if (!running) return;
      running.figures = figures;
      for (const note of running.surface.notes) refreshNote(note, figures);
    },
    stop() {
      running?.stop.abort();
      running = null;
    },
  };
}

/** Reads the page and notes what it finds until `signal` aborts. */
function annotate(
  document: Document,
  body: HTMLElement,
  run: { readonly figures: Figures; readonly surface: Surface },
  maxNotes: number,
  signal: AbortSignal,
): void {
  const { surface } = run;
  const context: PageContext = describePage(pageSummary(document), document.location?.hostname);
  const mayRead = churnLimit();

  // Reading only reads: the notes it finds wait here and go in together, a few times per page, since
  // each change to the page costs a layout and a paint of it, and a batch costs about what one note does.
  let found: Array<{ block: TextBlock; mention: Mention }> = [];
  let foundSince = 0;
  // Set when the reading stopped at the ceiling with the page not read to its end.
  let truncated = false;

  const full = () => surface.notes.size + found.length >= maxNotes;
  const hasRoom = (): boolean => {
    if (!full()) return true;
    for (const note of surface.notes) if (!note.isConnected) surface.notes.delete(note);
    return !full();
  };

  const read = (block: TextBlock) => {
    if (!hasRoom() || !block.element.isConnected || document.designMode === 'on') return;
    const mentions = findMentions(block.text, { ...run.figures, pageContext: context });
    if (mentions.length > 0 && found.length === 0) foundSince = performance.now();
    for (const mention of mentions) {
      if (full()) break;
      found.push({ block, mention });
    }
  };

  const flush = () => {
    const batch = found;
    found = [];
    // From the last to the first: splitting a node leaves the offsets before the split valid.
    for (let i = batch.length - 1; i >= 0; i--) {
      const { block, mention } = batch[i];
      const note = createNote(document, mention, run.figures);
      surface.place(block, mention, note);
    }
  };

  // Notes go in when the reading is done, or every FLUSH_NOTES notes or FLUSH_MS on a page that takes
  // long to read. Our own insertions are mutations too: dropped after each slice so they never
  // trigger a reading.
  const queue = idleQueue(read, (drained) => {
    if (found.length > 0 && (drained || found.length >= FLUSH_NOTES || performance.now() - foundSince >= FLUSH_MS)) {
      flush();
    }
    // At the ceiling, reading on would find nothing to note: the rest waits until a note goes.
    if (!drained && !hasRoom()) {
      queue.clear();
      truncated = true;
    }
    observer.takeRecords();
  });
  signal.addEventListener('abort', () => {
    queue.clear();
    found = [];
  });

  // Each open shadow root is watched from when the reading first finds it, and read in idle time.
  let known = new WeakSet<ShadowRoot>();
  const inShadow = (shadow: ShadowRoot) => {
    if (known.has(shadow)) return;
    known.add(shadow);
    observer.observe(shadow, WATCHED);
    queue.pushAll(textBlockSteps(shadow, inShadow));
  };

  /** Reads `root` again, at once when its text is short enough (`room`); gives the text's length. */
  let readNow = false;
  const reread = (root: Element, room: number): number => {
    // Notes found in what is read again are found again, where the text now is.
    if (found.length > 0) {
      found = found.filter(({ block }) => !(root.contains(block.element) || block.element.contains(root)));
    }
    surface.clear(root);
    if (!mayRead(root)) return 0;
    // Most of what pages add holds no amount: not read at all. A little text is read at once, in the
    // page's own task, so its notes go in with the change instead of costing a layout of their own later.
    const text = root.textContent ?? '';
    if (MAY_HOLD_DOLLARS.test(text)) {
      if (text.length <= room) {
        try {
          for (const block of textBlocks(root, inShadow)) read(block);
        } catch {
          // A part the page made impossible to read; the rest goes on, as in the queue.
        }
        readNow = true;
      } else queue.pushAll(textBlockSteps(root, inShadow));
      // A component's text is in its shadow, not in the text of what was added.
    } else findShadowRoots(root, inShadow);
    return text.length;
  };

  const observer = watchPage(body, signal, (roots, records) => {
    surface.changed(records);
    // Room again on a page not read to its end: the reading starts over (what has its note keeps it).
    if (truncated && hasRoom()) {
      truncated = false;
      known = new WeakSet();
      queue.pushAll(textBlockSteps(body, inShadow));
    }
    let room = AT_ONCE_CHARS;
    readNow = false;
    for (const root of roots) {
      // A root inside another root of this batch is read with it.
      let outer = root.parentElement;
      while (outer && !roots.has(outer)) outer = outer.parentElement;
      if (!outer && root.isConnected) room -= reread(root, room);
    }
    if (readNow && found.length > 0) flush();
    observer.takeRecords();
  });

  // Read in idle-time slices, however large the page: the page's own work comes first.
  queue.pushAll(textBlockSteps(body, inShadow));
}
