// Notes in the page's own text, right after their amounts: on pages no framework renders. A note the
// page removes or moves is not put back; a text node a note follows that the page removes or
// rewrites takes its note, and the part CapLens cut off it, along.
import { isNote, NOTE_TAG } from './noteElement';
import { inPlace, placeNote, releaseNote, removeNote } from './placeNote';
import type { Surface } from './surface';
import { locate } from './textBlocks';

const NONE: Element[] = [];
/** The notes in a node the page added or removed: the node itself, or those inside it. */
export function notesIn(node: Node): Element[] {
  if (isNote(node)) return [node];
  const element = node as Element;
  return node.nodeType === 1 && element.firstElementChild ? Array.from(element.querySelectorAll(NOTE_TAG)) : NONE;
}

export function inlineNotes(document: Document, signal: AbortSignal): Surface {
  const notes = new Set<HTMLElement>();
  /** The text node each note follows. */
  const heads = new WeakMap<Node, HTMLElement>();
  const drop = (note: Element) => {
    removeNote(note);
    notes.delete(note as HTMLElement);
  };
  signal.addEventListener('abort', () => {
    for (const note of document.querySelectorAll(NOTE_TAG)) removeNote(note);
    for (const note of notes) removeNote(note);
    notes.clear();
  });
  return {
    notes,
    place(block, mention, note) {
      const at = locate(block, mention.end);
      // locate gives an offset within the node as it is now.
      if (!at?.node.isConnected || !placeNote(at, note)) return false;
      notes.add(note);
      heads.set(at.node, note);
      return true;
    },
    clear(root) {
      if (root.firstElementChild) for (const note of root.querySelectorAll(NOTE_TAG)) drop(note);
    },
    changed(records) {
      for (const record of records) {
        for (const node of record.removedNodes) {
          // The page took away the text a note follows (a conditional sentence, a loading
          // indicator's text): the note goes, and so does the rest of the node CapLens cut off.
          const head = heads.get(node);
          if (head && !node.isConnected) drop(head);
          for (const note of notesIn(node)) {
            if (note.isConnected) continue;
            releaseNote(note);
            notes.delete(note as HTMLElement);
          }
        }
        for (const node of record.addedNodes) for (const note of notesIn(node)) if (!inPlace(note)) drop(note);
      }
    },
  };
}
