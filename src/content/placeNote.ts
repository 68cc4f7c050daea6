// Puts a note right after an amount, touching only the text node the amount ends in.
import { NOTE_TAG } from './noteElement';

/** Whether a note already follows this point: scanning a block twice adds nothing. */
function noteFollows(node: Text, offset: number): boolean {
  if (offset !== node.data.length) return false;
  const next = node.nextSibling;
  return next !== null && next.nodeType === 1 && (next as Element).localName === NOTE_TAG;
}

/**
 * Inserts the note; false when one is there already. When the amount ends inside a text node the
 * node is split there: the page's text is unchanged, only cut in two around the note.
 */
export function placeNote(at: { node: Text; offset: number }, note: HTMLElement): boolean {
  if (noteFollows(at.node, at.offset)) return false;
  if (at.offset < at.node.data.length) {
    at.node.splitText(at.offset);
    note.dataset.split = '1';
  }
  at.node.after(note);
  return true;
}

/** Removes a note and joins the text it split, so the page's nodes are as they were. */
export function removeNote(note: Element): void {
  const before = note.previousSibling;
  const after = note.nextSibling;
  note.remove();
  if (before?.nodeType === 3 && after?.nodeType === 3 && (note as HTMLElement).dataset.split === '1') {
    (before as Text).appendData((after as Text).data);
    after.remove();
  }
}
