// npx tsx scripts/corpus-metrics.ts [--verbose] [--set NAME]
// Precision and recall of the detector on the hand-labelled corpus: overall, on the development and the
// held-out pages, by the kind of writing each page was written to test ("news" when it names none) and by set;
// for prices and caps in dollars, in other currencies, and for amounts of bitcoin, each on the pages
// labelled for it. With --set, only that set's pages (a sealed set's first score, by kind).
import { CATEGORIES, type ExpectedNote, evaluateCorpus, type PageResult, score } from '../tests/corpus/evaluate';

const verbose = process.argv.includes('--verbose');
// Piped into `head`, stop quietly once the reader has gone.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
const setArg = process.argv.indexOf('--set');
const onlySet = setArg >= 0 ? process.argv[setArg + 1] : undefined;
const results = evaluateCorpus().filter((r) => onlySet === undefined || r.set === onlySet);
if (results.length === 0) {
  console.error(`no page in the corpus is in set ${onlySet}`);
  process.exit(1);
}

const kinds = [...new Set(results.map((r) => r.writing))];
const sets = [...new Set(results.map((r) => r.set))];
const rows: Array<[string, PageResult[]]> = [
  ['all', results],
  ['development', results.filter((r) => !r.heldOut)],
  ['held-out', results.filter((r) => r.heldOut)],
  ...kinds.map((kind): [string, PageResult[]] => [`  ${kind}`, results.filter((r) => r.writing === kind)]),
  ...sets.map((set): [string, PageResult[]] => [`  set ${set}`, results.filter((r) => r.set === set)]),
];

const pct = (value: number): string => value.toFixed(3);
console.log('notes     set              pages  expected  distractors  found  correct  precision  recall');
for (const category of CATEGORIES) {
  for (const [name, subset] of rows) {
    const s = score(subset, category);
    if (s.pages === 0) continue;
    console.log(
      [
        category.padEnd(9),
        name.padEnd(15),
        String(s.pages).padStart(6),
        String(s.expected).padStart(9),
        String(s.distractors).padStart(12),
        String(s.found).padStart(6),
        String(s.truePositives).padStart(8),
        pct(s.precision).padStart(10),
        pct(s.recall).padStart(7),
      ].join(' '),
    );
  }
}

const asText = (note: ExpectedNote): string =>
  `${note.text} as ${note.kind} (${note.kind === 'quantity' ? `${note.btc} BTC` : `${note.usd}${note.currency ? ` USD from ${note.currency}` : ''}`})`;

const errors = results.filter((r) => r.falsePositives.length > 0 || r.missed.length > 0);
if (errors.length > 0) console.log('');
for (const result of errors) {
  const tag = result.heldOut ? ' (held out)' : '';
  for (const note of result.falsePositives) {
    console.log(`false positive  ${result.page}${tag}: ${asText(note)}`);
  }
  for (const note of result.missed) console.log(`missed          ${result.page}${tag}: ${asText(note)}`);
}
if (verbose) {
  for (const result of results) {
    console.log(`${result.page}: ${result.truePositives.map((n) => `${n.text}:${n.kind}`).join(', ')}`);
  }
}
