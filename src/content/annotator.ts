// Finds bitcoin prices and caps in a page and puts notes after them: the initial scan and every
// later addition, in idle-time slices, with a ceiling on notes per page. Stopping removes every
// note and leaves no observer or pending work behind.
import { describePage, findMentions, type PageContext } from '../core/detect';
import { noteFor } from '../core/detect/notes';
import { noteDetail } from '../core/noteDetail';
import type { Figures } from './figures';
import { idleQueue } from './idle';
import { createNote, NOTE_TAG, updateNote } from './noteElement';
import { inPlace, placeNote, releaseNote, removeNote } from './placeNote';
import { locate, pageSummary, type TextBlock, textBlockSteps } from './textBlocks';

/** More notes than this on one page would be clutter, and a sign the page is not an article. */
export const MAX_NOTES_PER_PAGE = 150;

export interface Annotator {
  start(figures: Figures): void;
  /** New live figures: every note's text follows. */
  update(figures: Figures): void;
  stop(): void;
}

/** A block whose notes the page keeps undoing is left alone for a while: the page wins, without a fight. */
const CHURN_WINDOW_MS = 10_000;
const MAX_PLACEMENTS_PER_WINDOW = 20;

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** The notes in a node the page added or removed: the node itself, or those inside it. */
function notesIn(node: Node): Element[] {
  if (!isElement(node)) return [];
  if (node.localName === NOTE_TAG) return [node];
  return node.firstElementChild ? Array.from(node.querySelectorAll(NOTE_TAG)) : [];
}

export function createAnnotator(document: Document, { maxNotes = MAX_NOTES_PER_PAGE } = {}): Annotator {
  let figures: Figures | null = null;
  let context: PageContext | undefined;
  let observer: MutationObserver | null = null;
  /** The notes this annotator put on the page: counted live, so notes the page removed free their place. */
  const placed = new Set<HTMLElement>();
  const churn = new WeakMap<Element, { since: number; count: number }>();

  const liveNotes = (): number => {
    for (const note of placed) if (!note.isConnected) placed.delete(note);
    return placed.size;
  };
  const forget = (note: Element) => placed.delete(note as HTMLElement);

  const annotate = (block: TextBlock) => {
    if (!figures || !block.element.isConnected || document.designMode === 'on') return;
    let notes = liveNotes();
    if (notes >= maxNotes) return;
    const now = performance.now();
    let budget = churn.get(block.element);
    if (!budget || now - budget.since > CHURN_WINDOW_MS) budget = { since: now, count: 0 };
    if (budget.count >= MAX_PLACEMENTS_PER_WINDOW) return;
    const mentions = findMentions(block.text, { ...figures, pageContext: context });
    // From the last to the first: splitting a node leaves the offsets before the split valid.
    for (let i = mentions.length - 1; i >= 0 && notes < maxNotes; i--) {
      const mention = mentions[i];
      const at = locate(block, mention.end);
      if (!at?.node.isConnected || at.offset > at.node.data.length) continue;
      const note = createNote(document, {
        kind: mention.kind,
        usd: mention.usd,
        text: mention.note,
        detail: noteDetail(mention.kind, mention.usd, figures),
      });
      if (placeNote(at, note)) {
        placed.add(note);
        notes++;
        budget.count++;
      }
    }
    churn.set(block.element, budget);
  };

  // Our own insertions are mutations too: dropped after each slice so they never trigger a scan.
  const queue = idleQueue(annotate, () => observer?.takeRecords());

  const rescan = (root: Element) => {
    for (const note of Array.from(root.querySelectorAll(NOTE_TAG))) {
      removeNote(note);
      forget(note);
    }
    queue.pushAll(textBlockSteps(root));
  };

  /**
   * Notes the page took away or moved. Ours never show up here (their records are dropped), so a note
   * added is one the page moved or copied: it goes, and is not put back, so a page that does not want
   * notes somewhere is not fought. A note removed has its cut mended.
   */
  const onNotesMoved = (record: MutationRecord) => {
    for (const node of Array.from(record.removedNodes)) {
      for (const note of notesIn(node)) {
        if (note.isConnected) continue;
        releaseNote(note);
        forget(note);
      }
    }
    for (const node of Array.from(record.addedNodes)) {
      for (const note of notesIn(node)) {
        if (inPlace(note)) continue;
        removeNote(note);
        forget(note);
      }
    }
  };

  const onMutations = (records: MutationRecord[]) => {
    const roots = new Set<Element>();
    for (const record of records) {
      if (record.type === 'childList') onNotesMoved(record);
      const target = isElement(record.target) ? record.target : record.target.parentElement;
      if (!target?.isConnected || target.closest(NOTE_TAG)) continue;
      if (record.type === 'childList') {
        const added = Array.from(record.addedNodes).filter((n) => !(isElement(n) && n.localName === NOTE_TAG));
        if (added.length === 0) continue;
      }
      // Text changed, nodes added, or a region made editable (its notes go) or no longer editable.
      roots.add(target);
    }
    for (const root of roots) {
      // A root inside another root of this batch is scanned with it.
      let outer = root.parentElement;
      while (outer && !roots.has(outer)) outer = outer.parentElement;
      if (!outer && root.isConnected) rescan(root);
    }
    observer?.takeRecords();
  };

  return {
    start(next) {
      figures = next;
      if (observer) return;
      const body = document.body;
      if (!body) return;
      context = describePage(pageSummary(document));
      // Watched from the start: what the page changes while the first reading goes on is read too.
      observer = new MutationObserver(onMutations);
      observer.observe(body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['contenteditable'],
      });
      // Read in idle-time slices, however large the page: the page's own work comes first.
      queue.pushAll(textBlockSteps(body));
    },
    update(next) {
      figures = next;
      for (const note of placed) {
        const kind = note.dataset.kind === 'cap' ? 'cap' : 'price';
        const usd = Number(note.dataset.usd);
        const text = noteFor(kind, usd, next.supplyBtc);
        if (text) updateNote(note, { text, detail: noteDetail(kind, usd, next) });
      }
      observer?.takeRecords();
    },
    stop() {
      observer?.disconnect();
      observer = null;
      queue.clear();
      for (const note of Array.from(document.querySelectorAll(NOTE_TAG))) removeNote(note);
      for (const note of placed) removeNote(note);
      placed.clear();
      figures = null;
    },
  };
}
