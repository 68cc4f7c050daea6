// @vitest-environment happy-dom
// A note's attributes, text and hover sentence for an amount of bitcoin and for a price in pounds, and how
// they follow new figures: the user's currency, a new price, a rate that is gone.
import { describe, expect, it } from 'vitest';
import '../../../scripts/lib/i18nShim';
import { createNote, refreshNote } from '../../../src/content/noteElement';
import { findMentions } from '../../../src/core/detect';

const rates = { GBP: 0.79 };
const figures = { priceUsd: 61_234.5, supplyBtc: 19_953_128.125, rates, currency: 'USD' as const };

function noteFor(text: string) {
  const [mention] = findMentions(text, figures);
  return createNote(document, mention, figures);
}

const shown = (note: HTMLElement) => ({
  text: note.shadowRoot?.querySelector('.n')?.textContent,
  detail: note.shadowRoot?.querySelector('.t')?.textContent,
});

describe('a note', () => {
  it("for an amount of bitcoin says so in its attributes and is worth it in the user's currency", () => {
    const note = noteFor('Strategy now holds 252,220 BTC.');
    expect([note.dataset.kind, note.dataset.btc, note.dataset.currency]).toEqual(['quantity', '252220', undefined]);
    expect(shown(note).text).toBe('≈ $15.4B · 1.26% of supply');
    refreshNote(note, { ...figures, currency: 'GBP' });
    expect(shown(note)).toEqual({
      text: '≈ £12.2B · 1.26% of supply',
      detail: '252,220 BTC is worth £12.2B at £48,375 per bitcoin (supply 19.95M BTC).',
    });
  });

  it('for a pound price carries its currency, and its hover follows the price in pounds', () => {
    const note = noteFor('In London bitcoin traded at £48,500 on Tuesday.');
    expect([note.dataset.kind, note.dataset.currency]).toEqual(['price', 'GBP']);
    expect(Number(note.dataset.usd)).toBeCloseTo(48_500 / 0.79, 4);
    expect(shown(note).detail).toMatch(/ Now £48,375, 0\.3% lower\.$/);
    refreshNote(note, { ...figures, priceUsd: 70_000 });
    expect(shown(note)).toEqual({
      text: '≈ £968B cap',
      detail: "At £48,500 bitcoin's market cap is £968B (supply 19.95M BTC). Now £55,300, 14.0% higher.",
    });
  });

  it('keeps its hover as it was when the rate for its currency is gone, rather than guess', () => {
    const note = noteFor('In London bitcoin traded at £48,500 on Tuesday.');
    const before = shown(note);
    refreshNote(note, { ...figures, priceUsd: 70_000, rates: {} });
    expect(shown(note)).toEqual(before);
    expect(note.getAttribute('aria-label')).toBe(`CapLens: ${before.detail}`);
  });
});
