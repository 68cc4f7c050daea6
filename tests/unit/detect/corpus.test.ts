import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadLabels, score } from '../../corpus/evaluate';

describe('hand-labelled corpus', () => {
  const labels = loadLabels();
  const results = evaluateCorpus(labels);

  it('has enough pages, held out ones among them, and distractors of its own', () => {
    expect(results.length).toBeGreaterThanOrEqual(25);
    expect(results.filter((r) => r.heldOut).length).toBeGreaterThanOrEqual(5);
    expect(score(results).distractors).toBeGreaterThan(score(results).expected);
  });

  it('meets precision >= 0.97 and recall >= 0.93 over the whole corpus', () => {
    const { precision, recall } = score(results);
    const errors = results.flatMap((r) => [
      ...r.falsePositives.map((n) => `false positive in ${r.page}: ${n.text} (${n.kind})`),
      ...r.missed.map((n) => `missed in ${r.page}: ${n.text} (${n.kind})`),
    ]);
    expect({ precision, recall, errors }).toMatchObject({
      precision: expect.toSatisfy((p: number) => p >= 0.97),
      recall: expect.toSatisfy((r: number) => r >= 0.93),
    });
  });
});
