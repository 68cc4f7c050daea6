// Finds bitcoin prices and caps in a page and puts notes after them: the initial scan and every
// later addition, in idle-time slices, with a ceiling on notes per page. Stopping removes every
// note and leaves no observer or pending work behind.
import { describePage, findMentions, MAY_HOLD_DOLLARS, type Mention, type PageContext } from '../core/detect';
import type { Figures } from './figures';
import { idleQueue } from './idle';
import { createNote, NOTE_TAG, refreshNote } from './noteElement';
import { inPlace, placeNote, releaseNote, removeNote } from './placeNote';
import { blockAround, locate, pageSummary, type TextBlock, textBlockSteps, textBlocks } from './textBlocks';

/** More notes than this on one page would be clutter, and a sign the page is not an article. */
export const MAX_NOTES_PER_PAGE = 150;

export interface Annotator {
  start(figures: Figures): void;
  /** New live figures: every note's text follows. */
  update(figures: Figures): void;
  stop(): void;
}

/**
 * A block the page keeps changing under its notes (a ticker, a framework re-rendering it because a
 * note appeared) is read again at most this often; past that, its notes go and it is left alone for
 * the rest of the window: the page wins, without a fight.
 */
const CHURN_WINDOW_MS = 10_000;
const MAX_REREADS_PER_WINDOW = 20;
type Budget = { since: number; count: number };
/** Found notes wait at most this long, or until this many wait, before they go in. */
const FLUSH_MS = 1000;
const FLUSH_NOTES = MAX_NOTES_PER_PAGE;
/** Changes with at most this much text (in all) are read in the mutation callback itself. */
const AT_ONCE_CHARS = 10_000;

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** The notes in a node the page added or removed: the node itself, or those inside it. */
const NONE: Element[] = [];
function notesIn(node: Node): Element[] {
  if (!isElement(node)) return NONE;
  if (node.localName === NOTE_TAG) return [node];
  return node.firstElementChild ? Array.from(node.querySelectorAll(NOTE_TAG)) : NONE;
}

export function createAnnotator(document: Document, { maxNotes = MAX_NOTES_PER_PAGE } = {}): Annotator {
  let figures: Figures | null = null;
  let context: PageContext | undefined;
  let observer: MutationObserver | null = null;
  /** The notes this annotator put on the page: counted live, so notes the page removed free their place. */
  const placed = new Set<HTMLElement>();
  const churn = new WeakMap<Element, Budget>();

  // Set when the ceiling is reached, cleared when a note goes: past the ceiling a block costs nothing.
  let full = false;
  // Set when the reading stopped at the ceiling with the page not read to its end.
  let truncated = false;
  const forget = (note: Element) => {
    if (placed.delete(note as HTMLElement)) full = false;
  };
  const hasRoom = (): boolean => {
    if (full) return false;
    if (placed.size + found.length < maxNotes) return true;
    for (const note of placed) if (!note.isConnected) placed.delete(note);
    full = placed.size + found.length >= maxNotes;
    return !full;
  };

  // Reading only reads: the notes it finds wait here and go in together, a few times per page, since
  // each change to the page costs a layout and a paint of it, and a batch costs about what one note does.
  let found: Array<{ block: TextBlock; mention: Mention }> = [];
  let foundSince = 0;

  const annotate = (block: TextBlock) => {
    if (!figures || !hasRoom() || !block.element.isConnected || document.designMode === 'on') return;
    const mentions = findMentions(block.text, { ...figures, pageContext: context });
    if (mentions.length > 0 && found.length === 0) foundSince = performance.now();
    for (const mention of mentions) {
      if (placed.size + found.length >= maxNotes) break;
      found.push({ block, mention });
    }
  };

  const flush = () => {
    const batch = found;
    found = [];
    const live = figures;
    if (!live) return;
    // From the last to the first: splitting a node leaves the offsets before the split valid.
    for (let i = batch.length - 1; i >= 0; i--) {
      const { block, mention } = batch[i];
      const at = locate(block, mention.end);
      if (!at?.node.isConnected || at.offset > at.node.data.length) continue;
      const note = createNote(document, mention, live);
      if (placeNote(at, note)) placed.add(note);
    }
  };

  // Notes go in when the reading is done, or every FLUSH_NOTES notes or FLUSH_MS on a page that takes
  // long to read. Our own insertions are mutations too: dropped after each slice so they never
  // trigger a scan.
  const queue = idleQueue(annotate, (drained) => {
    if (found.length > 0 && (drained || found.length >= FLUSH_NOTES || performance.now() - foundSince >= FLUSH_MS)) {
      flush();
    }
    // At the ceiling, reading on would find nothing to note: the rest waits until a note goes.
    if (!drained && full) {
      queue.clear();
      truncated = true;
    }
    observer?.takeRecords();
  });

  let readNow = false;
  const rescan = (root: Element, room = 0): number => {
    // Notes found in what is read again are found again, where the text now is.
    if (found.length > 0) {
      found = found.filter(({ block }) => !(root.contains(block.element) || block.element.contains(root)));
    }
    if (root.firstElementChild) {
      for (const note of root.querySelectorAll(NOTE_TAG)) {
        removeNote(note);
        forget(note);
      }
    }
    const now = performance.now();
    let budget = churn.get(root);
    if (!budget || now - budget.since > CHURN_WINDOW_MS) budget = { since: now, count: 0 };
    churn.set(root, budget);
    if (++budget.count > MAX_REREADS_PER_WINDOW) return 0;
    // Most of what pages add holds no amount: not read at all. A little text is read at once, in the
    // page's own task, so its notes go in with the change instead of costing a layout of their own later.
    const text = root.textContent ?? '';
    if (MAY_HOLD_DOLLARS.test(text)) {
      if (text.length <= room) {
        try {
          for (const block of textBlocks(root)) annotate(block);
        } catch {
          // A part the page made impossible to read; the rest goes on, as in the queue.
        }
        readNow = true;
      } else queue.pushAll(textBlockSteps(root));
    }
    return text.length;
  };

  /**
   * Notes the page took away or moved. Ours never show up here (their records are dropped), so a note
   * added is one the page moved or copied: it goes, and is not put back, so a page that does not want
   * notes somewhere is not fought. A note removed has its cut mended.
   */
  const onNotesMoved = (record: MutationRecord) => {
    for (const node of record.removedNodes) {
      for (const note of notesIn(node)) {
        if (note.isConnected) continue;
        releaseNote(note);
        forget(note);
      }
    }
    // Room again on a page not read to its end: the reading starts over (what has its note keeps it).
    if (truncated && !full && document.body) {
      truncated = false;
      queue.pushAll(textBlockSteps(document.body));
    }
    for (const node of record.addedNodes) {
      for (const note of notesIn(node)) {
        if (inPlace(note)) continue;
        removeNote(note);
        forget(note);
      }
    }
  };

  const onMutations = (records: MutationRecord[]) => {
    const roots = new Set<Element>();
    const changed = (node: Node, target: Element) => {
      if (isElement(node) && node.localName === NOTE_TAG) return;
      const block = blockAround(node.isConnected ? node : target);
      if (block?.isConnected && !block.closest(NOTE_TAG)) roots.add(block);
    };
    for (const record of records) {
      if (record.type === 'childList') onNotesMoved(record);
      const target = isElement(record.target) ? record.target : record.target.parentElement;
      if (!target?.isConnected || target.closest(NOTE_TAG)) continue;
      // A region made editable (its notes go) or no longer editable: all of it is read again. Text
      // changed or nodes added: only the blocks around them, not all of the target (a live blog
      // appending to its feed would otherwise have the whole feed read at every post).
      if (record.type === 'attributes') roots.add(target);
      else if (record.type === 'characterData') changed(record.target, target);
      else for (const node of record.addedNodes) changed(node, target);
    }
    let room = AT_ONCE_CHARS;
    readNow = false;
    for (const root of roots) {
      // A root inside another root of this batch is scanned with it.
      let outer = root.parentElement;
      while (outer && !roots.has(outer)) outer = outer.parentElement;
      if (!outer && root.isConnected) room -= rescan(root, room);
    }
    if (readNow && found.length > 0) flush();
    observer?.takeRecords();
  };

  return {
    start(next) {
      figures = next;
      if (observer) return;
      const body = document.body;
      if (!body) return;
      context = describePage(pageSummary(document), document.location?.hostname);
      // Watched from the start: what the page changes while the first reading goes on is read too.
      observer = new MutationObserver(onMutations);
      observer.observe(body, {
        childList: true,
        subtree: true,
        characterData: true,
        // With a filter, attributes are observed (attributes: true is implied).
        attributeFilter: ['contenteditable'],
      });
      // Read in idle-time slices, however large the page: the page's own work comes first.
      queue.pushAll(textBlockSteps(body));
    },
    update(next) {
      figures = next;
      for (const note of placed) refreshNote(note, next);
      observer?.takeRecords();
    },
    stop() {
      observer?.disconnect();
      observer = null;
      queue.clear();
      found = [];
      for (const note of document.querySelectorAll(NOTE_TAG)) removeNote(note);
      for (const note of placed) removeNote(note);
      placed.clear();
      full = false;
      truncated = false;
      figures = null;
    },
  };
}
