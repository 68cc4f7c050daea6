// @vitest-environment happy-dom
// How notes sit in the page's own nodes, and how those nodes are left when a note goes: after a
// removal by CapLens, by the page, or after the page rewrote the text the note had cut.
import { describe, expect, it } from 'vitest';
import { inPlace, placeNote, releaseNote, removeNote } from '../../../src/content/placeNote';
import { locate, MAX_BLOCK_CHARS, textBlockSteps, textBlocks } from '../../../src/content/textBlocks';
import { findMentions } from '../../../src/core/detect';

const figures = { priceUsd: 61_234.5, supplyBtc: 19_953_128.125 };

function paragraph(text: string) {
  document.body.innerHTML = `<p id="p">${text}</p>`;
  const p = document.getElementById('p') as HTMLElement;
  return { p, node: p.firstChild as Text };
}

function note() {
  const element = document.createElement('caplens-note');
  element.attachShadow({ mode: 'open' });
  return element;
}

describe('a note in the middle of a text node', () => {
  it('cuts it in two, and removing the note joins it again', () => {
    const { p, node } = paragraph('Bitcoin at $61,000 right now.');
    const element = note();
    expect(placeNote({ node, offset: 18 }, element)).toBe(true);
    expect(p.childNodes.length).toBe(3);
    expect(p.textContent).toBe('Bitcoin at $61,000 right now.');
    expect(inPlace(element)).toBe(true);
    removeNote(element);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe('Bitcoin at $61,000 right now.');
  });

  it('is not placed twice at the same point', () => {
    const { node } = paragraph('Bitcoin at $61,000 right now.');
    expect(placeNote({ node, offset: 18 }, note())).toBe(true);
    expect(placeNote({ node, offset: 18 }, note())).toBe(false);
  });

  it('after the page rewrote its node (a ticker), drops the stale rest rather than doubling it', () => {
    const { p, node } = paragraph('Bitcoin at $61,000 right now.');
    const element = note();
    placeNote({ node, offset: 18 }, element);
    // The page still holds its node and sets the whole text again, as frameworks do.
    node.data = 'Bitcoin at $61,007 right now.';
    removeNote(element);
    expect(p.textContent).toBe('Bitcoin at $61,007 right now.');
    expect(p.childNodes.length).toBe(1);
  });

  it('when the page removed the note, mends the cut without it', () => {
    const { p, node } = paragraph('Bitcoin at $61,000 right now.');
    const element = note();
    placeNote({ node, offset: 18 }, element);
    element.remove();
    releaseNote(element);
    expect(p.childNodes.length).toBe(1);
    expect(node.data).toBe('Bitcoin at $61,000 right now.');
  });

  it('when the page removed the text node the note follows, the part cut off goes too', () => {
    // A framework removing a conditional sentence it rendered as one node: it knows nothing of the cut.
    document.body.innerHTML = '<p id="p">Markets were calm. </p>';
    const p = document.getElementById('p') as HTMLElement;
    const node = document.createTextNode('Bitcoin was quoted at $60,950 in early Asian trading.');
    p.append(node);
    const element = note();
    placeNote({ node, offset: 29 }, element);
    p.removeChild(node);
    removeNote(element);
    expect(p.textContent).toBe('Markets were calm. ');
    expect(p.childNodes.length).toBe(1);
  });

  it('when the page moved the note away, knows it is out of place', () => {
    const { p, node } = paragraph('Bitcoin at $61,000 right now.');
    const element = note();
    placeNote({ node, offset: 18 }, element);
    document.body.append(element);
    expect(inPlace(element)).toBe(false);
    removeNote(element);
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe('Bitcoin at $61,000 right now.');
  });

  it('moved along with its paragraph, stays where it is', () => {
    const { p, node } = paragraph('Bitcoin at $61,000 right now.');
    const element = note();
    placeNote({ node, offset: 18 }, element);
    const box = document.createElement('div');
    document.body.append(box);
    box.append(p);
    releaseNote(element);
    expect(inPlace(element)).toBe(true);
    expect(p.childNodes.length).toBe(3);
  });
});

describe('long blocks', () => {
  const sentence = (i: number) => `Bitcoin rose to $${60_000 + i} on day ${i}. `;
  const long = Array.from({ length: 400 }, (_, i) => `<b>${sentence(i)}</b>`).join('');

  it('are read in windows no longer than the bound, cut between sentences, covering all the text', () => {
    document.body.innerHTML = `<div id="log">${long}</div>`;
    const blocks = textBlocks(document.body);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(blocks.map((b) => b.text).join('')).toBe(document.body.textContent);
    // Every amount is found once, whole, and located in its own text node.
    const found = blocks.flatMap((block) =>
      findMentions(block.text, figures).map((m) => {
        const at = locate(block, m.end);
        return at ? at.node.data.slice(0, at.offset).slice(-6) : null;
      }),
    );
    expect(found).toHaveLength(400);
    expect(found.every((tail) => tail !== null && /^\$6\d{4}$/.test(tail))).toBe(true);
  });

  it('come out the same read step by step, with pauses between', () => {
    document.body.innerHTML = `<div id="log">${long}</div><p>After.</p>`;
    const steps = [...textBlockSteps(document.body)];
    expect(steps).toContain(null);
    const texts = steps.filter((s) => s !== null).map((b) => b.text);
    expect(texts.sort()).toEqual(
      textBlocks(document.body)
        .map((b) => b.text)
        .sort(),
    );
  });

  it('inside an editor are not read at all, even from a root inside it', () => {
    document.body.innerHTML = `<div contenteditable="true"><p id="inner">Bitcoin rose to $61,000.</p></div>`;
    expect(textBlocks(document.getElementById('inner') as HTMLElement)).toEqual([]);
  });
});
