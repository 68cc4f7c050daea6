// Scores the detector against the hand-labelled corpus: a note counts as right when its text, kind and
// value all match an expected one (each expected note matches once). Three kinds of note are scored
// apart: prices and caps in dollars (every page is labelled for them), prices and caps in other
// currencies, and amounts of bitcoin (only pages whose labels cover them are scored for them).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { scanPage } from '../../src/content/scanPage';
import type { Currency, Rates } from '../../src/core/currency';

export interface ExpectedNote {
  text: string;
  kind: 'price' | 'cap' | 'quantity';
  /** A price or cap in US dollars (for another currency, at the corpus's rates). */
  usd?: number;
  /** The ISO code of a price or cap in another currency. */
  currency?: Currency;
  /** An amount of bitcoin. */
  btc?: number;
}

/** What a note is: a dollar price or cap, one in another currency, or an amount of bitcoin. */
export type Category = 'dollar' | 'foreign' | 'quantity';
export const CATEGORIES: readonly Category[] = ['dollar', 'foreign', 'quantity'];

export const categoryOf = (note: ExpectedNote): Category =>
  note.kind === 'quantity' ? 'quantity' : note.currency && note.currency !== 'USD' ? 'foreign' : 'dollar';

export interface PageLabels {
  heldOut: boolean;
  /** The set of pages it was written in ("ho7"; "original" for the first pages): held-out floors are per set. */
  set: string;
  /** The site's host name, as the content script reads it from `location` (".com.au": a bare "$" is Australian). */
  host?: string;
  /** Categories besides dollars the page is labelled for; its other notes are not judged. */
  covers?: Array<Exclude<Category, 'dollar'>>;
  /** The kind of writing the page was written to test; pages without one are plain news. */
  writing?: string;
  expected: ExpectedNote[];
  distractors: string[];
}

export interface Labels {
  figures: { priceUsd: number; supplyBtc: number; rates: Rates };
  pages: Record<string, PageLabels>;
}

export interface PageResult {
  page: string;
  heldOut: boolean;
  set: string;
  covers: Category[];
  writing: string;
  truePositives: ExpectedNote[];
  falsePositives: ExpectedNote[];
  missed: ExpectedNote[];
  distractors: number;
}

export interface Score {
  pages: number;
  expected: number;
  distractors: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
}

const corpusDir = dirname(fileURLToPath(import.meta.url));

export function loadLabels(): Labels {
  return JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as Labels;
}

const close = (a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;

const same = (a: ExpectedNote, b: ExpectedNote): boolean =>
  a.text === b.text &&
  a.kind === b.kind &&
  categoryOf(a) === categoryOf(b) &&
  (a.kind === 'quantity' ? close(a.btc, b.btc) : a.currency === b.currency && close(a.usd, b.usd));

export function evaluatePage(page: string, labels: PageLabels, figures: Labels['figures']): PageResult {
  const { document } = parseHTML(readFileSync(join(corpusDir, 'pages', page), 'utf8'));
  const covers: Category[] = ['dollar', ...(labels.covers ?? [])];
  const found = scanPage(document, figures, labels.host).map(
    ({ text, kind, usd, value, currency }): ExpectedNote =>
      kind === 'quantity'
        ? { text, kind, btc: value }
        : { text, kind, usd, ...(currency && currency !== 'USD' && { currency }) },
  );
  const unmatched = [...labels.expected];
  const truePositives: ExpectedNote[] = [];
  const falsePositives: ExpectedNote[] = [];
  for (const note of found) {
    const index = unmatched.findIndex((expected) => same(note, expected));
    if (index >= 0) truePositives.push(...unmatched.splice(index, 1));
    else if (covers.includes(categoryOf(note))) falsePositives.push(note);
  }
  return {
    page,
    heldOut: labels.heldOut,
    set: labels.set,
    covers,
    writing: labels.writing ?? 'news',
    truePositives,
    falsePositives,
    missed: unmatched,
    distractors: labels.distractors.length,
  };
}

export function evaluateCorpus(labels: Labels = loadLabels()): PageResult[] {
  return Object.entries(labels.pages).map(([page, pageLabels]) => evaluatePage(page, pageLabels, labels.figures));
}

/** Precision and recall for one category of note, on the pages labelled for it (dollars by default). */
export function score(results: readonly PageResult[], category: Category = 'dollar'): Score {
  const pages = results.filter((r) => r.covers.includes(category));
  const count = (pick: (r: PageResult) => ExpectedNote[]) =>
    pages.reduce((sum, r) => sum + pick(r).filter((n) => categoryOf(n) === category).length, 0);
  const truePositives = count((r) => r.truePositives);
  const found = truePositives + count((r) => r.falsePositives);
  const expected = truePositives + count((r) => r.missed);
  return {
    pages: pages.length,
    expected,
    // Distractors are the dollar amounts a page must leave alone.
    distractors: category === 'dollar' ? pages.reduce((sum, r) => sum + r.distractors, 0) : 0,
    found,
    truePositives,
    precision: found === 0 ? 1 : truePositives / found,
    recall: expected === 0 ? 1 : truePositives / expected,
  };
}
