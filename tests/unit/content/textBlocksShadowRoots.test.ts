// @vitest-environment happy-dom
// The reading passes each open shadow root it meets to its caller, to be read and watched as a root
// of its own; closed roots, CapLens's own notes and regions never touched are passed over.
import { beforeEach, describe, expect, it } from 'vitest';
import { findShadowRoots, textBlocks } from '../../../src/content/textBlocks';

function host(parent: Element | ShadowRoot, mode: 'open' | 'closed', html: string, tag = 'div') {
  const element = document.createElement(tag);
  parent.append(element);
  const root = element.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

/** Reads `root` and every open shadow root under it, as the annotator does: the texts of all blocks. */
function readAll(root: Node): string[] {
  const texts: string[] = [];
  const pending: Node[] = [root];
  for (let next = pending.shift(); next; next = pending.shift()) {
    for (const block of textBlocks(next, (shadow) => pending.push(shadow))) texts.push(block.text);
  }
  return texts;
}

beforeEach(() => {
  document.body.innerHTML = '<p>Bitcoin at $61,000 in the page.</p>';
});

describe('open shadow roots', () => {
  it('are read, nested ones too, and closed ones are not', () => {
    const outer = host(document.body, 'open', '<p>Bitcoin at $62,000 in a component.</p><section></section>');
    host(outer.querySelector('section') as Element, 'open', '<p>Bitcoin at $63,000 one level down.</p>');
    host(document.body, 'closed', '<p>Bitcoin at $64,000 sealed.</p>');
    expect(readAll(document.body)).toEqual([
      'Bitcoin at $61,000 in the page.',
      'Bitcoin at $62,000 in a component.',
      'Bitcoin at $63,000 one level down.',
    ]);
  });

  it('are not entered without a caller that asks for them', () => {
    host(document.body, 'open', '<p>Bitcoin at $62,000 in a component.</p>');
    expect(textBlocks(document.body).map((block) => block.text)).toEqual(['Bitcoin at $61,000 in the page.']);
  });

  it('of CapLens notes and of regions never touched are passed over', () => {
    host(document.body, 'open', '<span>≈ $1.2T cap</span>', 'caplens-note');
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    host(editor, 'open', '<p>Bitcoin at $65,000 in an editor.</p>');
    host(document.body, 'open', '<p>Bitcoin at $62,000 in a component.</p>', 'button');
    expect(readAll(document.body)).toEqual(['Bitcoin at $61,000 in the page.']);
  });

  it('are found under what the page adds, the added element itself included', () => {
    const added = document.createElement('news-card');
    const own = added.attachShadow({ mode: 'open' });
    own.innerHTML = '<div></div>';
    const inner = host(own.querySelector('div') as Element, 'open', '<p>deep</p>');
    const child = host(added, 'open', '<p>child</p>');
    const found: ShadowRoot[] = [];
    findShadowRoots(added, (shadow) => found.push(shadow));
    // One level at a time: the roots inside a root are found when that root is read.
    expect(found).toEqual([own, child]);
    expect(found).not.toContain(inner);
  });
});
