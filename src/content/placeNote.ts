// Puts a note right after an amount, touching only the text node the amount ends in, and takes it
// away again leaving the page's nodes as the page last made them.
import { isNote } from './noteElement';

/** Where a note was put: the text node it follows and, when the amount ended inside it, the cut. */
interface Anchor {
  node: Text;
  /** The part of the node after the amount, split off to make room for the note. */
  tail: Text | null;
  /** Both parts' text right after the cut: a change since then was the page's. */
  nodeText: string;
  tailText: string;
}

const anchors = new WeakMap<Element, Anchor>();

/** Whether a note already follows this point: scanning a block twice adds nothing. */
function noteFollows(node: Text, offset: number): boolean {
  return offset === node.data.length && isNote(node.nextSibling);
}

/**
 * Inserts the note; false when one is there already. When the amount ends inside a text node the
 * node is split there: the page's text is unchanged, only cut in two around the note.
 */
export function placeNote(at: { node: Text; offset: number }, note: HTMLElement): boolean {
  if (noteFollows(at.node, at.offset)) return false;
  let tail: Text | null = null;
  if (at.offset < at.node.data.length) {
    tail = at.node.splitText(at.offset);
    note.dataset.split = '1';
  }
  at.node.after(note);
  anchors.set(note, { node: at.node, tail, nodeText: at.node.data, tailText: tail?.data ?? '' });
  return true;
}

/** Whether the note still follows the text it was put after (false once the page moved it, or for a copy). */
export function inPlace(note: Element): boolean {
  const anchor = anchors.get(note);
  return anchor !== undefined && note.previousSibling === anchor.node;
}

/** Removes a note and mends the cut it made, so the page's nodes are as the page last made them. */
export function removeNote(note: Element): void {
  note.remove();
  releaseNote(note);
}

/**
 * Mends the cut of a note that no longer sits in it: one CapLens removed, or one the page removed or
 * moved. The part cut off joins the page's node again; but when the page has rewritten its node
 * since (a live ticker setting `node.data`, believing the node still holds the whole text), or taken
 * the node away (a framework removing a conditional sentence), that part is out of date and goes:
 * the page never knew of it, and shows exactly what it wrote.
 */
export function releaseNote(note: Element): void {
  const anchor = anchors.get(note);
  if (!anchor) return;
  const { node, tail } = anchor;
  // Moved along with its paragraph, the note still sits in its cut: nothing to mend.
  if (tail && note.previousSibling === node && note.nextSibling === tail) return;
  anchors.delete(note);
  if (!tail || tail.data !== anchor.tailText) return;
  if (tail.previousSibling === node && node.data === anchor.nodeText) node.appendData(tail.data);
  tail.remove();
}
