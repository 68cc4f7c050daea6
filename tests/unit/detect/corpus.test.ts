import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadLabels, type PageResult, score } from '../../corpus/evaluate';

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

  // The aim, held on the pages the rules were written and corrected against: any rule change that
  // loses one of their notes, or adds a false one, shows here.
  it('meets precision >= 0.97 and recall >= 0.93 on the development pages', () => {
    const { precision, recall } = score(development);
    expect({ precision, recall, errors: errorsOf(development) }).toMatchObject({
      precision: expect.toSatisfy((p: number) => p >= 0.97),
      recall: expect.toSatisfy((r: number) => r >= 0.93),
    });
  });

  // Pages written after the rules say what a reader of unseen news gets (docs/detection.md: 0.971 and 0.812 on 32 pages,
  // under the recall aim; the fifth set, never tuned on, 0.953 and 0.779). The floors sit just below today's
  // figures: a guard against rules that would do worse on new text, not a claim that the aim is met there.
  it('keeps precision >= 0.95 and recall >= 0.80 on the held-out pages', () => {
    const { precision, recall } = score(heldOut);
    expect({ precision, recall, errors: errorsOf(heldOut) }).toMatchObject({
      precision: expect.toSatisfy((p: number) => p >= 0.95),
      recall: expect.toSatisfy((r: number) => r >= 0.8),
    });
  });
});
