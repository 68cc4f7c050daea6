// A page's readable text, cut into blocks (paragraphs, list items, headings, table rows) so that an
// amount split across elements ("<span>$</span><b>55,300</b>") reads as one. Standard DOM only, so the
// same code runs in the content script and, through linkedom, in Node.
import { BODY_BREAK } from '../core/detect/pageContext';

export interface TextSegment {
  node: Text;
  /**
   * Offset of the node's first character in the block text; negative in a window of a long block
   * whose first node starts before the window.
   */
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

// Tag names as one pattern each: smaller in the shipped script than sets of strings. A <pre> is read: plain-text
// services and archives set prose in it; code inside it sits in <code>.
const SKIPPED =
  /^(?:SCRIPT|STYLE|NOSCRIPT|TEXTAREA|INPUT|SELECT|OPTION|CODE|SVG|MATH|TEMPLATE|IFRAME|OBJECT|CAPLENS-NOTE|HEAD|TITLE|BUTTON)$/;
const INLINE =
  /^(?:A|ABBR|B|BDI|BDO|BIG|CITE|DATA|DEL|DFN|EM|FONT|I|INS|KBD|LABEL|MARK|NOBR|Q|S|SAMP|SMALL|SPAN|STRIKE|STRONG|SUB|SUP|TIME|TT|U|VAR|WBR)$/;

const tagOf = (element: Element): string => element.tagName.toUpperCase();
const SECTION_SUBJECT = /bitcoin|btc|ether|solana|xrp|gold|oil|stocks|equities|s&p|nasdaq|dow/i;

function isSkipped(element: Element): boolean {
  if (SKIPPED.test(tagOf(element))) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** The element whose block a child of `element` belongs to, or null inside a region never touched. */
function blockResolver(root: Node) {
  const cache = new Map<Element, Element | null>();
  return (start: Element): Element | null => {
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
    let current = resolved ?? null;
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

/**
 * A data cell's column heading, or a definition's term, read before its text ("BTC close: $63,950" in a
 * table of daily flows, "Market cap: $1.22T" in a key-figures list): what the cell alone does not say. A row's
 * first cell is read after its table's caption ("Bitcoin in yen, 2024: Jan 2 | ¥6,450,000"), which names what
 * every row is of. Headings that name a currency are left out, so that no amount is ever found in text that is
 * not on the page at that place, but for a unit in brackets with no figure ("Price (US$)").
 */
function headingOf(cell: Element): string {
  const tag = tagOf(cell);
  const row = cell.parentElement;
  let heading: Element | null | undefined = tag === 'DD' ? cell.previousElementSibling : null;
  while (heading && tagOf(heading) === 'DD') heading = heading.previousElementSibling;
  const table = cell.closest('table');
  if (tag === 'TD' && row) heading = table?.querySelector('tr')?.children[[...row.children].indexOf(cell)];
  return [
    tag[0] === 'T' && cell === row?.firstElementChild && table?.querySelector('caption'),
    heading && /^(?:TH|DT)$/.test(tagOf(heading)) && heading,
  ]
    .map((label) => (label ? (label.textContent ?? '').trim() : ''))
    .filter((text) => text && !/[$€£¥]|usd|dollar/i.test(text.replace(/\([^\d()]*\)/g, '')))
    .map((text) => `${text}: `)
    .join('');
}

/**
 * The element whose block a node's text belongs to: its nearest ancestor (or itself) that is not
 * inline, or the row of a table cell. What a change to the node needs read again, and no more.
 */
export function blockAround(node: Node): Element | null {
  let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element?.parentElement && INLINE.test(tagOf(element))) element = element.parentElement;
  return element && rowOf(element);
}

interface Building extends TextBlock {
  breakPending: boolean;
  /** Blocks in the order their text starts. */
  index: number;
}

/**
 * Blocks longer than this are read in windows of at most this size, cut at a paragraph break, a
 * sentence end or a space: no article paragraph is this long, and reading a page that is one huge
 * block (a log, a generated table without rows) at once would hold up the page.
 */
export const MAX_BLOCK_CHARS = 4000;
/** How many nodes the incremental walk visits between chances to stop for the page's own work. */
const NODES_PER_STEP = 200;

/**
 * Given the open shadow root of each component the walk passes, to be read as a root of its own: a
 * component's text is in its shadow, which no walk of the page enters. A closed root reads null from
 * the content script's world, so it is left alone by itself; so are CapLens's own notes (skipped).
 */
export type ShadowRoots = (shadow: ShadowRoot) => void;

/**
 * The open shadow roots under `root` (itself included), for a change whose own text holds no amount:
 * the walk of its blocks, which finds them, without the reading.
 */
export function findShadowRoots(root: Element, shadows: ShadowRoots): void {
  for (const _ of walkBlocks(root, shadows));
}

/** Whether `root` sits inside a region never touched: text that changes inside an editor is not ours. */
function insideSkipped(root: Node): boolean {
  for (let element = root.parentElement; element; element = element.parentElement) {
    if (isSkipped(element)) return true;
  }
  return false;
}

/**
 * The blocks under `root` as the walk completes them (a block is complete once the walk has left its
 * element), with a null between every few hundred nodes so that a caller working in idle-time slices
 * can stop at its deadline and resume. The DOM may change between steps: blocks already given out
 * are the caller's, and text added ahead of the walk is read when the walk gets there.
 */
function* walkBlocks(root: Node, shadows?: ShadowRoots): Generator<Building | null> {
  const document = root.ownerDocument ?? (root as Document);
  if ((document as Partial<Document>).designMode === 'on' || insideSkipped(root)) return;
  const blockOf = blockResolver(root);
  const blocks = new Map<Element, Building>();
  // Blocks still open, each inside the one before it: the elements of the walk's current ancestors.
  const open: Building[] = [];
  let last: Building | null = null;
  let lastCell: Element | null = null;
  let visited = 0;
  // The last heading passed, read before each paragraph or list item under it when it names what they are about.
  let section = '';
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  // From the root itself: a component the page adds is a root whose own shadow holds its text.
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield null;
    if (node.nodeType === ELEMENT_NODE) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && shadows && blockOf(node as Element)) shadows(shadow);
      if (/^H[2-4]$/.test(tagOf(node as Element))) {
        const heading = (node as Element).textContent ?? '';
        section = /\d/.test(heading) || !SECTION_SUBJECT.test(heading) ? '' : heading + BLOCK_BREAK;
      }
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
    while (open.length > 0 && !open[open.length - 1].element.contains(node)) yield open.pop() as Building;
    const owner = rowOf(cell);
    let building = blocks.get(owner);
    const fresh = !building;
    if (!building) {
      building = {
        element: owner,
        text: /^(?:P|LI)$/.test(tagOf(owner)) ? section : '',
        segments: [],
        breakPending: false,
        index: blocks.size,
      };
      blocks.set(owner, building);
      open.push(building);
    } else if (building.breakPending || last !== building) {
      building.text += BLOCK_BREAK;
    } else if (cell !== owner && cell !== lastCell) {
      building.text += CELL_BREAK;
    }
    if (cell !== owner ? cell !== lastCell : fresh) building.text += headingOf(cell);
    building.breakPending = false;
    building.segments.push({ node: node as Text, start: building.text.length });
    building.text += value;
    last = building;
    lastCell = cell;
  }
  while (open.length > 0) yield open.pop() as Building;
}

/** Where to end a window that would otherwise end at `to`: a paragraph or cell break, a sentence end, a space between words. */
function windowEnd(text: string, from: number, to: number): number {
  const floor = from + (MAX_BLOCK_CHARS >> 1);
  for (const edge of [BLOCK_BREAK, CELL_BREAK, '. ']) {
    const at = text.lastIndexOf(edge, to - edge.length);
    if (at >= floor) return at + edge.length;
  }
  // A space between digits may be a digit group ("55 300"): not there.
  for (let at = to - 1; at >= floor; at--) {
    if (/\s/.test(text[at]) && !(/\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? ''))) return at + 1;
  }
  return to;
}

/** A block as windows of at most MAX_BLOCK_CHARS; the first segment of a window may start before it. */
function windowsOf({ element, text, segments }: Building): TextBlock[] {
  if (text.length <= MAX_BLOCK_CHARS) return [{ element, text, segments }];
  const windows: TextBlock[] = [];
  let first = 0;
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + MAX_BLOCK_CHARS);
    if (to < text.length) to = windowEnd(text, from, to);
    while (first + 1 < segments.length && segments[first + 1].start <= from) first++;
    const inWindow: TextSegment[] = [];
    for (let i = first; i < segments.length && segments[i].start < to; i++) {
      inWindow.push({ node: segments[i].node, start: segments[i].start - from });
    }
    windows.push({ element, text: text.slice(from, to), segments: inWindow });
    from = to;
  }
  return windows;
}

const hasText = (block: TextBlock) => /\S/.test(block.text);

/** Every block under `root`, in the order their text starts. */
export function textBlocks(root: Node, shadows?: ShadowRoots): TextBlock[] {
  const done: Building[] = [];
  for (const building of walkBlocks(root, shadows)) if (building) done.push(building);
  // The walk completes inner blocks before the block around them; the page's order is where each starts.
  done.sort((a, b) => a.index - b.index);
  return done.flatMap(windowsOf).filter(hasText);
}

/**
 * The blocks under `root` one at a time, with nulls between them where the walk paused: for reading a
 * page in idle-time slices however large it is.
 */
export function* textBlockSteps(root: Node, shadows?: ShadowRoots): Generator<TextBlock | null> {
  for (const building of walkBlocks(root, shadows)) {
    if (!building) {
      yield null;
      continue;
    }
    for (const block of windowsOf(building)) if (hasText(block)) yield block;
  }
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
// Past those, paragraphs are read while the opening stays short, up to this many in all.
const SHORT_OPENING_CHARS = 300;
const SUMMARY_PARAGRAPHS_MOST = 8;
const SUMMARY_PART_CHARS = 2000;
// Enough of the body to count what it names, and little enough to read in a few milliseconds.
const BODY_PARTS = 60;
const BODY_PART_CHARS = 400;

/** The text that says what a page is about: its title, headings and first paragraphs. */
export function pageSummary(document: Document): string {
  // The headline before the title, which may open with a section's or a publisher's name ("Digital Assets
  // Strategy: 2025 outlook"): the subject it names first is the page's.
  const parts = [document.querySelector('h1')?.textContent ?? '', document.title ?? ''];
  // The first few only: a page may hold thousands of paragraphs.
  const first = (selector: string, count: number) => {
    const found = document.querySelectorAll(selector);
    for (let i = 0; i < Math.min(found.length, count); i++) parts.push(found[i].textContent ?? '');
  };
  first('h1, h2, h3', 8);
  // Paragraphs past the third while the opening is short: a transcript's show name, air date and notice
  // say nothing of what it is about.
  const paragraphs = document.querySelectorAll('p');
  let read = 0;
  for (
    let i = 0;
    i < Math.min(paragraphs.length, SUMMARY_PARAGRAPHS_MOST) && (i < SUMMARY_PARAGRAPHS || read < SHORT_OPENING_CHARS);
    i++
  ) {
    const text = paragraphs[i].textContent ?? '';
    read += text.length;
    parts.push(text);
  }
  // The body, after a form feed, for an opening that does not settle it: the first paragraphs and list items,
  // not a site's menus and footers, which name every coin it covers on every page.
  // It stops at the sixtieth: a page may hold thousands.
  const body: string[] = [];
  for (const part of document.querySelectorAll('p, li, pre')) {
    if (body.length === BODY_PARTS) break;
    if (!part.closest('nav, header, footer, aside')) body.push((part.textContent ?? '').slice(0, BODY_PART_CHARS));
  }
  // A heading or paragraph the size of a book says no more about the page than its opening does.
  return [...parts.map((part) => part.slice(0, SUMMARY_PART_CHARS)), BODY_BREAK, ...body].join(BLOCK_BREAK);
}
