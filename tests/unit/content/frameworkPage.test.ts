// @vitest-environment happy-dom
// Which pages get their notes from CapLens's own layer: those a framework rendered and will hydrate.
import { describe, expect, it } from 'vitest';
import { isFrameworkPage } from '../../../src/content/frameworkPage';

const page = (body: string) => {
  document.body.innerHTML = body;
  return isFrameworkPage(document);
};

describe('a framework-rendered page', () => {
  it("is told by React's text separators and Suspense marks", () => {
    expect(page('<div><p>Bitcoin was quoted at $<!-- -->61,234<!-- -->, its highest.</p></div>')).toBe(true);
    expect(page('<div><!--$--><p>Bitcoin at $61,234.</p><!--/$--></div>')).toBe(true);
  });

  it("is told by Vue's and Svelte's fragment and block anchors", () => {
    expect(page('<div><p>Markets were calm. <!--[-->Bitcoin at $60,950.<!--]--></p></div>')).toBe(true);
    expect(page('<div><p><!--[0-->Bitcoin rose to $62,000 today.<!--]--></p></div>')).toBe(true);
    expect(page('<div><p>Bitcoin is <!---->right now.</p></div>')).toBe(true);
  });

  it('is told by the root element a framework renders into', () => {
    expect(page('<div id="__next"><p>Bitcoin at $61,234.</p></div>')).toBe(true);
    expect(page('<div data-v-app=""><p>Bitcoin at $61,234.</p></div>')).toBe(true);
  });

  it('is not a static article, comments and all', () => {
    expect(page('<article><h1>Bitcoin</h1><!-- ad slot --><p>Bitcoin rose to $61,000.</p></article>')).toBe(false);
  });
});
