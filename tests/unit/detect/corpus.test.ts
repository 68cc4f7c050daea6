import { describe, expect, it } from 'vitest';
import { categoryOf, evaluateCorpus, loadLabels, type PageResult, score } from '../../corpus/evaluate';

const errorsOf = (results: readonly PageResult[]) =>
  results.flatMap((r) => [
    ...r.falsePositives.map((n) => `false positive in ${r.page}: ${n.text} (${n.kind})`),
    ...r.missed.map((n) => `missed in ${r.page}: ${n.text} (${n.kind})`),
  ]);

describe('hand-labelled corpus', () => {
  const labels = loadLabels();
  const results = evaluateCorpus(labels);
  const development = results.filter((r) => !r.heldOut);
  const heldOut = results.filter((r) => r.heldOut);

  it('has enough pages, held out ones among them, and distractors of its own', () => {
    expect(results.length).toBeGreaterThanOrEqual(25);
    expect(heldOut.length).toBeGreaterThanOrEqual(5);
    expect(score(results).distractors).toBeGreaterThan(score(results).expected);
  });

  // The pages the rules were written and corrected against: any rule change that loses one of their notes, or
  // adds a false one, shows here. Today 0.990 / 0.968 on 275 pages (0.989 precision without the other-dollars
  // pages, whose "$" is another country's dollar); the ho7- to ho14- pages joined them after their first
  // score. Floors just under today's figures.
  it('meets precision >= 0.985 and recall >= 0.96 on the development pages', () => {
    const { precision, recall } = score(development);
    const usDollars = development.filter((r) => r.writing !== 'other-dollars');
    expect({
      precision,
      recall,
      precisionOnUsDollars: score(usDollars).precision,
      errors: errorsOf(development),
    }).toMatchObject({
      precision: expect.toSatisfy((p: number) => p >= 0.985),
      recall: expect.toSatisfy((r: number) => r >= 0.96),
      precisionOnUsDollars: expect.toSatisfy((p: number) => p >= 0.985),
    });
  });

  // Pages written after the rules say what a reader of unseen news gets (docs/detection.md). Each held-out set
  // keeps a floor of its own, just below today's figures: a guard against rules that would do worse on new
  // text, not a claim that the aim is met there. The ho-, ho4- and ho5- sets: 0.979 / 0.944 on 32 pages.
  // A sealed set, scored once when it comes, is added here with its first score as its floor; a held-out page
  // of a set without one fails the next test. The ho8- to ho14- pages (first scores 0.920 / 0.799,
  // 0.961 / 0.896, 0.956 / 0.878, 0.976 / 0.896, 0.986 / 0.823 as written and 0.959 / 0.797, 0.962 / 0.862
  // once the page's dollar was read from its opening alone, 0.981 / 0.890) are development pages now. The ho15-
  // pages' first score: 0.930 / 0.902.
  const heldOutSets: ReadonlyArray<readonly [string, number, number, readonly string[]]> = [
    ['the ho-, ho4- and ho5- pages', 0.975, 0.94, ['ho', 'ho4', 'ho5']],
    ['the ho15- pages', 0.925, 0.9, ['ho15']],
  ];
  it('holds every held-out page to a floor of its set', () => {
    const guarded = new Set<string>(heldOutSets.flatMap(([, , , sets]) => sets));
    expect(heldOut.filter((r) => !guarded.has(r.set)).map((r) => r.page)).toEqual([]);
  });
  it.each(heldOutSets)('keeps %s at precision >= %s and recall >= %s', (_, minPrecision, minRecall, sets) => {
    const pages = heldOut.filter((r) => sets.includes(r.set));
    const { precision, recall } = score(pages);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect({ precision, recall, errors: errorsOf(pages) }).toMatchObject({
      precision: expect.toSatisfy((p: number) => p >= minPrecision),
      recall: expect.toSatisfy((r: number) => r >= minRecall),
    });
  });

  // Prices and caps in other currencies, and amounts of bitcoin, on the pages labelled for them. The fx-
  // pages' first score, before any rule was tuned on them: other currencies 0.978 / 0.957 (with the older
  // pages labelled for them), amounts of bitcoin 1.000 / 0.970; the ho9- pages' 0.961 / 0.817 and
  // 0.990 / 0.920; the ho10- pages' 0.951 / 0.935 and 0.990 / 0.945; the ho11- pages' 0.900 / 0.900 and
  // 0.984 / 0.984; the ho12- pages' 0.899 / 0.899 and 1.000 / 0.944; the ho13- pages' 0.702 / 0.868 (0.855 /
  // 0.868 with the page's dollar read from its opening) and 1.000 / 0.976; the ho14- pages' 0.920 / 1.000 and
  // 0.959 / 0.986. Floors just under today's figures on the development pages (0.961 / 0.972 and 0.995 / 0.986,
  // with the ho14- pages); a sealed set adds its own with its first score: the ho15- pages' 0.875 / 0.894 and
  // 0.989 / 0.968.
  it.each([
    ['foreign', 'development', 0.955, 0.965],
    ['quantity', 'development', 0.99, 0.98],
    ['foreign', 'ho15', 0.87, 0.89],
    ['quantity', 'ho15', 0.985, 0.965],
  ] as const)(
    'keeps %s notes on the %s pages at precision >= %s and recall >= %s',
    (category, group, minPrecision, minRecall) => {
      const subset = group === 'development' ? development : heldOut.filter((r) => r.set === group);
      const { pages, precision, recall } = score(subset, category);
      const errors = errorsOf(
        subset.map((r) => ({
          ...r,
          falsePositives: r.falsePositives.filter((n) => categoryOf(n) === category),
          missed: r.missed.filter((n) => categoryOf(n) === category),
        })),
      );
      expect(pages).toBeGreaterThanOrEqual(10);
      expect({ precision, recall, errors }).toMatchObject({
        precision: expect.toSatisfy((p: number) => p >= minPrecision),
        recall: expect.toSatisfy((r: number) => r >= minRecall),
      });
    },
  );
});
