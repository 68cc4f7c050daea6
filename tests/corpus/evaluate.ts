// Scores the detector against the hand-labelled corpus: a note counts as right when its text, kind and
// value all match an expected one (each expected note matches once).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { scanPage } from '../../src/content/scanPage';

export interface ExpectedNote {
  text: string;
  kind: 'price' | 'cap';
  usd: number;
}

export interface PageLabels {
  heldOut: boolean;
  /** The kind of writing the page was written to test; pages without one are plain news. */
  writing?: string;
  expected: ExpectedNote[];
  distractors: string[];
}

export interface Labels {
  figures: { priceUsd: number; supplyBtc: number };
  pages: Record<string, PageLabels>;
}

export interface PageResult {
  page: string;
  heldOut: boolean;
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

const same = (a: ExpectedNote, b: ExpectedNote): boolean =>
  a.text === b.text && a.kind === b.kind && Math.abs(a.usd - b.usd) <= Math.abs(b.usd) * 1e-9;

export function evaluatePage(page: string, labels: PageLabels, figures: Labels['figures']): PageResult {
  const { document } = parseHTML(readFileSync(join(corpusDir, 'pages', page), 'utf8'));
  const found = scanPage(document, figures).map(({ text, kind, usd }) => ({ text, kind, usd }));
  const unmatched = [...labels.expected];
  const truePositives: ExpectedNote[] = [];
  const falsePositives: ExpectedNote[] = [];
  for (const note of found) {
    const index = unmatched.findIndex((expected) => same(note, expected));
    if (index >= 0) truePositives.push(...unmatched.splice(index, 1));
    else falsePositives.push(note);
  }
  return {
    page,
    heldOut: labels.heldOut,
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

export function score(results: readonly PageResult[]): Score {
  const truePositives = results.reduce((sum, r) => sum + r.truePositives.length, 0);
  const found = truePositives + results.reduce((sum, r) => sum + r.falsePositives.length, 0);
  const expected = truePositives + results.reduce((sum, r) => sum + r.missed.length, 0);
  return {
    pages: results.length,
    expected,
    distractors: results.reduce((sum, r) => sum + r.distractors, 0),
    found,
    truePositives,
    precision: found === 0 ? 1 : truePositives / found,
    recall: expected === 0 ? 1 : truePositives / expected,
  };
}
