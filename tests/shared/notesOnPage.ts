// What a reader sees of CapLens on a page, read inside the page: one entry a note, with its kind,
// amount (its currency when not dollars, its bitcoin for a quantity), visible text, the element with
// an id it sits in, and the text just before it. Self-contained
// (it is sent to the page as source), so Playwright's and puppeteer's evaluate both run it.
export function notesOnPage() {
  return Array.from(document.querySelectorAll<HTMLElement>('caplens-note')).map((note) => ({
    kind: note.dataset.kind,
    usd: Number(note.dataset.usd),
    currency: note.dataset.currency,
    btc: note.dataset.btc === undefined ? undefined : Number(note.dataset.btc),
    text: note.shadowRoot?.querySelector('.n')?.textContent,
    in: note.closest('[id]')?.id,
    before: note.previousSibling?.textContent?.slice(-8),
  }));
}
