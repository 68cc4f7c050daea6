// What a reader sees of an article app, read inside the page: self-contained (sent to the page as
// source), so Playwright's and puppeteer's evaluate both run it.

export interface SeenNote {
  kind: string | undefined;
  usd: number;
  text: string | null | undefined;
  /** The paragraph the note annotates: the one it sits in, or the one under the amount it is drawn at. */
  in: string | undefined;
}

export interface AppState {
  hydrated: boolean;
  /** Each paragraph's text, by id, the ticker's left out (it changes on its own clock). */
  paragraphs: Record<string, string>;
  /** The ticker's price, and whether its text says that price. */
  ticker: { price: number; text: string; saysPrice: boolean };
  /** How many of the elements the server rendered are still in the page. */
  serverKept: number;
  serverRendered: number;
  clicks: string | null | undefined;
  notes: SeenNote[];
}

export function appState(): AppState {
  const w = window as unknown as { appHydrated?: boolean; serverElements?: Element[] };
  const paragraphs: Record<string, string> = {};
  for (const p of document.querySelectorAll('#app p[id]'))
    if (p.id !== 'ticker') paragraphs[p.id] = p.textContent ?? '';
  const ticker = document.getElementById('ticker') as HTMLElement;
  const price = Number(ticker.dataset.price);
  const text = ticker.textContent ?? '';
  const inParagraph = (node: Node | null | undefined) => {
    const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    return element?.closest('[id]')?.id;
  };
  // Notes in the page's text, and notes drawn over it from a layer of CapLens's own: the paragraph
  // under the amount such a note is drawn at, found by position as a reader's eye finds it.
  const all: Element[] = [...document.querySelectorAll('caplens-note')];
  for (const element of document.querySelectorAll('*')) {
    if (element.shadowRoot && element.localName.startsWith('caplens-') && element.localName !== 'caplens-note') {
      all.push(...element.shadowRoot.querySelectorAll('caplens-note,[data-usd]'));
    }
  }
  const notes = all.map((note) => {
    const host = note as HTMLElement;
    const drawn = note.getRootNode() !== document;
    let where: string | undefined;
    if (drawn) {
      // Beside its paragraph (left of the note is the paragraph's box), or above its amount's end.
      const box = (host.parentElement ?? host).getBoundingClientRect();
      const beside = host.parentElement?.className === 'm';
      const at = beside
        ? document.elementFromPoint(box.left - 12, box.top + box.height / 2)
        : (
            document as Document & { caretPositionFromPoint(x: number, y: number): { offsetNode: Node } | null }
          ).caretPositionFromPoint(box.right - 2, box.bottom + 4)?.offsetNode;
      where = box.width > 0 ? inParagraph(at) : undefined;
    } else where = inParagraph(note);
    return {
      kind: host.dataset.kind,
      usd: Number(host.dataset.usd),
      text: (host.shadowRoot ?? host).querySelector('.n')?.textContent,
      in: where,
    };
  });
  return {
    hydrated: w.appHydrated === true,
    paragraphs,
    ticker: { price, text, saysPrice: text === `Bitcoin trades at $${price.toLocaleString('en-US')} right now.` },
    serverKept: (w.serverElements ?? []).filter((element) => element.isConnected).length,
    serverRendered: w.serverElements?.length ?? 0,
    clicks: document.getElementById('count')?.textContent,
    notes,
  };
}
