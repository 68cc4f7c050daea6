// Finds bitcoin prices and caps in a page and puts notes after them: the initial scan and every
// later addition, in idle-time slices, with a ceiling on notes per page. Stopping removes every
// note and leaves no observer or pending work behind.
import { describePage, findMentions, type PageContext } from '../core/detect';
import { noteFor } from '../core/detect/notes';
import { noteDetail } from '../core/noteDetail';
import type { Figures } from './figures';
import { idleQueue } from './idle';
import { createNote, NOTE_TAG, updateNote } from './noteElement';
import { placeNote, removeNote } from './placeNote';
import { locate, pageSummary, type TextBlock, textBlocks } from './textBlocks';

/** More notes than this on one page would be clutter, and a sign the page is not an article. */
export const MAX_NOTES_PER_PAGE = 150;

export interface Annotator {
  start(figures: Figures): void;
  /** New live figures: every note's text follows. */
  update(figures: Figures): void;
  stop(): void;
}

export function createAnnotator(document: Document): Annotator {
  let figures: Figures | null = null;
  let context: PageContext | undefined;
  let observer: MutationObserver | null = null;
  let notes = 0;

  const annotate = (block: TextBlock) => {
    if (!figures || notes >= MAX_NOTES_PER_PAGE || !block.element.isConnected) return;
    const mentions = findMentions(block.text, { ...figures, pageContext: context });
    // From the last to the first: splitting a node leaves the offsets before the split valid.
    for (let i = mentions.length - 1; i >= 0 && notes < MAX_NOTES_PER_PAGE; i--) {
      const mention = mentions[i];
      const at = locate(block, mention.end);
      if (!at?.node.isConnected || at.offset > at.node.data.length) continue;
      const note = createNote(document, {
        kind: mention.kind,
        usd: mention.usd,
        text: mention.note,
        detail: noteDetail(mention.kind, mention.usd, figures),
      });
      if (placeNote(at, note)) notes++;
    }
  };

  // Our own insertions are mutations too: dropped after each slice so they never trigger a scan.
  const queue = idleQueue(annotate, () => observer?.takeRecords());

  const rescan = (root: Element) => {
    for (const note of Array.from(root.querySelectorAll(NOTE_TAG))) {
      removeNote(note);
      notes--;
    }
    for (const block of textBlocks(root)) queue.push(block);
  };

  const onMutations = (records: MutationRecord[]) => {
    const roots = new Set<Element>();
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target || target.closest(NOTE_TAG)) continue;
      if (record.type === 'childList') {
        const added = Array.from(record.addedNodes).filter(
          (n) => !(n.nodeType === 1 && (n as Element).localName === NOTE_TAG),
        );
        if (added.length === 0) continue;
      }
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
      for (const block of textBlocks(body)) queue.push(block);
      observer = new MutationObserver(onMutations);
      observer.observe(body, { childList: true, subtree: true, characterData: true });
    },
    update(next) {
      figures = next;
      for (const note of Array.from(document.querySelectorAll<HTMLElement>(NOTE_TAG))) {
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
      notes = 0;
      figures = null;
    },
  };
}
