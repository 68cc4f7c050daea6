// Where notes are drawn: in the page's text (inlineNotes.ts) or over it from a layer of CapLens's own
// (noteLayer.ts). The annotator finds the amounts; a surface owns the notes it was given.
import type { Mention } from '../core/detect';
import type { TextBlock } from './textBlocks';

export interface Surface {
  /** The notes on the page now. */
  readonly notes: Set<HTMLElement>;
  /** Draws `note` for the amount; false when the amount has one already or cannot be found. */
  place(block: TextBlock, mention: Mention, note: HTMLElement): boolean;
  /** Takes away the notes of the amounts inside `root`, about to be read again. */
  clear(root: Element): void;
  /** What the page changed: a note whose amount it removed, rewrote or moved goes. */
  changed(records: MutationRecord[]): void;
}
