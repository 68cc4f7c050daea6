// A saved page as a document, whether it was saved as HTML or as plain text (an article copied out
// of a browser or a feed). Plain text becomes what a reader saw: the first paragraph its headline
// and title, then one paragraph per block of lines separated by a blank line.
import { parseHTML } from 'linkedom';

const HTML_TAG = /<(?:!doctype|html|head|body|title|article|main|section|div|p|span|h[1-6]|br|a)\b[^>]*>/i;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** The HTML a browser would need to show plain text as an article. */
export function articleHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(escapeText);
  if (paragraphs.length === 0) return '<!doctype html><html><head></head><body></body></html>';
  const [headline, ...body] = paragraphs;
  return [
    `<!doctype html><html><head><title>${headline}</title></head><body><article>`,
    `<h1>${headline}</h1>`,
    ...body.map((paragraph) => `<p>${paragraph}</p>`),
    '</article></body></html>',
  ].join('\n');
}

// linkedom, unlike a browser, builds a body only from a <body> tag: a fragment or a page that leaves
// the optional tag out would be read as empty.
const BODY_TAG = /<body[\s>]/i;
const DOCUMENT_TAGS = /<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi;

/** A document for a saved page; never one without a body, which linkedom gives for text or an empty file. */
export function savedPageDocument(text: string): Document {
  const html = looksLikeHtml(text) ? text : articleHtml(text);
  // The head's title and metadata may land in the body: the page reader skips them there as in the head.
  const complete = BODY_TAG.test(html)
    ? html
    : `<!doctype html><html><body>${html.replace(DOCUMENT_TAGS, '')}</body></html>`;
  let { document } = parseHTML(complete);
  if (!document.body) ({ document } = parseHTML(`<!doctype html><html><body>${complete}</body></html>`));
  return document as unknown as Document;
}
