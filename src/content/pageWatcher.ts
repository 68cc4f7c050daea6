// What the page changes, as the blocks to read again: the blocks around text that changed and nodes
// added, and every region made editable or no longer so. Stops with its signal.
import { isNote, NOTE_TAG } from './noteElement';
import { blockAround } from './textBlocks';

/** What is watched, in the body and in every open shadow root the reading finds. */
export const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // With a filter, attributes are observed (attributes: true is implied).
  attributeFilter: ['contenteditable'],
};

const isElement = (node: Node): node is Element => node.nodeType === 1;

export function watchPage(
  body: HTMLElement,
  signal: AbortSignal,
  onChange: (roots: Set<Element>, records: MutationRecord[]) => void,
): MutationObserver {
  const observer = new MutationObserver((records) => {
    const roots = new Set<Element>();
    const changed = (node: Node, target: Element) => {
      if (isNote(node)) return;
      const block = blockAround(node.isConnected ? node : target);
      if (block?.isConnected && !block.closest(NOTE_TAG)) roots.add(block);
    };
    for (const record of records) {
      const target = isElement(record.target) ? record.target : record.target.parentElement;
      if (!target?.isConnected || target.closest(NOTE_TAG)) continue;
      // Only the blocks around a change, not all of the target: a live blog appending to its feed
      // would otherwise have the whole feed read at every post.
      if (record.type === 'attributes') roots.add(target);
      else if (record.type === 'characterData') changed(record.target, target);
      // Nodes removed need no reading: their notes go with them (the surface sees to it).
      else for (const node of record.addedNodes) changed(node, target);
    }
    onChange(roots, records);
  });
  observer.observe(body, WATCHED);
  signal.addEventListener('abort', () => observer.disconnect());
  return observer;
}
