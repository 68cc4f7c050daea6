// A page's readable text, cut into blocks (paragraphs, list items, headings, table rows) so that an
// amount split across elements ("<span>$</span><b>55,300</b>") reads as one. Standard DOM only, so the
// same code runs in the content script and, through linkedom, in Node.

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the block text. */
  start: number;
}

export interface TextBlock {
  element: Element;
  text: string;
  segments: TextSegment[];
}

// Separators the block text gets where the page has structure but no characters; they belong to no
// text node. Around line breaks and where a nested block interrupts a block: a paragraph separator,
// which ends a sentence. Between the cells of a table row: an invisible separator, which ends a clause
// only, so "Bitcoin | $61,234" keeps its subject.
export const BLOCK_BREAK = '\u2029';
export const CELL_BREAK = '\u2063';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

// Tag names as one pattern each: smaller in the shipped script than sets of strings.
const SKIPPED =
  /^(?:SCRIPT|STYLE|NOSCRIPT|TEXTAREA|INPUT|SELECT|OPTION|CODE|PRE|SVG|MATH|TEMPLATE|IFRAME|OBJECT|CAPLENS-NOTE|HEAD|TITLE|BUTTON)$/;
const INLINE =
  /^(?:A|ABBR|B|BDI|BDO|BIG|CITE|DATA|DEL|DFN|EM|FONT|I|INS|KBD|LABEL|MARK|NOBR|Q|S|SAMP|SMALL|SPAN|STRIKE|STRONG|SUB|SUP|TIME|TT|U|VAR|WBR)$/;

const tagOf = (element: Element): string => element.tagName.toUpperCase();

function isSkipped(element: Element): boolean {
  if (SKIPPED.test(tagOf(element))) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** The element whose block a child of `element` belongs to, or null inside a region never touched. */
function blockResolver(root: Node) {
  const cache = new Map<Element, Element | null>();
  return function blockOf(start: Element): Element | null {
    const chain: Element[] = [];
    let element: Element | null = start;
    let resolved: Element | null | undefined;
    while (element) {
      const cached = cache.get(element);
      if (cached !== undefined) {
        resolved = cached;
        break;
      }
      chain.push(element);
      if (element === root) break;
      element = element.parentElement;
    }
    // Resolve from the outermost element inwards: a skipped ancestor wins, then the innermost block.
    let current: Element | null = resolved === undefined ? null : resolved;
    let skipped = resolved === null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i];
      if (!skipped && isSkipped(link)) skipped = true;
      if (skipped) current = null;
      else if (!INLINE.test(tagOf(link)) || current === null) current = link;
      cache.set(link, current);
    }
    return current;
  };
}

/** Table cells are read with their row, so "Bitcoin | $61,234" keeps its subject. */
function rowOf(element: Element): Element {
  const tag = tagOf(element);
  if ((tag === 'TD' || tag === 'TH') && element.parentElement && tagOf(element.parentElement) === 'TR') {
    return element.parentElement;
  }
  return element;
}

interface Building extends TextBlock {
  breakPending: boolean;
}

export function textBlocks(root: Node): TextBlock[] {
  const document = root.ownerDocument ?? (root as Document);
  const blockOf = blockResolver(root);
  const blocks = new Map<Element, Building>();
  const order: Building[] = [];
  let last: Building | null = null;
  let lastCell: Element | null = null;
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) {
      if (tagOf(node as Element) !== 'BR' || !node.parentElement) continue;
      const owner = blockOf(node.parentElement);
      const building = owner && blocks.get(rowOf(owner));
      if (building) building.breakPending = true;
      continue;
    }
    if (node.nodeType !== TEXT_NODE || !node.parentElement) continue;
    const value = node.nodeValue ?? '';
    if (value.length === 0) continue;
    const cell = blockOf(node.parentElement);
    if (!cell) continue;
    const owner = rowOf(cell);
    let building = blocks.get(owner);
    if (!building) {
      building = { element: owner, text: '', segments: [], breakPending: false };
      blocks.set(owner, building);
      order.push(building);
    } else if (building.breakPending || last !== building) {
      building.text += BLOCK_BREAK;
    } else if (cell !== owner && cell !== lastCell) {
      building.text += CELL_BREAK;
    }
    building.breakPending = false;
    building.segments.push({ node: node as Text, start: building.text.length });
    building.text += value;
    last = building;
    lastCell = cell;
  }
  return order
    .filter((block) => /\S/.test(block.text))
    .map(({ element, text, segments }) => ({ element, text, segments }));
}

/**
 * The text node and offset in it for an offset in the block text. Where two nodes meet, an end offset
 * (the default: where a note goes) stays at the end of the earlier node, a start offset moves to the later.
 */
export function locate(
  block: TextBlock,
  offset: number,
  side: 'start' | 'end' = 'end',
): { node: Text; offset: number } | null {
  const { segments } = block;
  let low = 0;
  let high = segments.length - 1;
  // The last segment starting before the offset (at or before it, for a start).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = segments[mid].start;
    if (start < offset || (start === offset && (side === 'start' || offset === 0))) low = mid;
    else high = mid - 1;
  }
  const segment = segments[low];
  if (!segment) return null;
  const inNode = offset - segment.start;
  const length = segment.node.nodeValue?.length ?? 0;
  if (inNode < 0 || inNode > length) return null;
  return { node: segment.node, offset: inNode };
}

const SUMMARY_PARAGRAPHS = 3;

/** The text that says what a page is about: its title, headings and first paragraphs. */
export function pageSummary(document: Document): string {
  const parts = [document.title ?? ''];
  for (const heading of Array.from(document.querySelectorAll('h1, h2, h3')).slice(0, 8)) {
    parts.push(heading.textContent ?? '');
  }
  for (const paragraph of Array.from(document.querySelectorAll('p')).slice(0, SUMMARY_PARAGRAPHS)) {
    parts.push(paragraph.textContent ?? '');
  }
  return parts.join(BLOCK_BREAK);
}
