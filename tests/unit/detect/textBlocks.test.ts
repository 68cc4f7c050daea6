import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../src/content/scanPage';
import { BLOCK_BREAK, CELL_BREAK, locate, pageSummary, textBlocks } from '../../../src/content/textBlocks';
import { findMentions } from '../../../src/core/detect';

const figures = { priceUsd: 61234.5, supplyBtc: 19953128.125 };
const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('text blocks', () => {
  it('joins an amount split across elements and maps its end back to the text node', () => {
    const root = body('<p>Bitcoin rose to <span>$</span><b>55,300</b> today.</p>');
    const [block] = textBlocks(root);
    expect(block.text).toBe('Bitcoin rose to $55,300 today.');
    const [mention] = findMentions(block.text, figures);
    expect(mention).toMatchObject({ text: '$55,300', kind: 'price', usd: 55_300 });
    const start = locate(block, mention.start, 'start');
    const end = locate(block, mention.end);
    expect(start?.node.nodeValue).toBe('$');
    expect(start?.offset).toBe(0);
    expect(end?.node.nodeValue).toBe('55,300');
    expect(end?.offset).toBe(6);
  });

  it('reads "<span>$</span> <span>56,120</span>" as one amount', () => {
    const [block] = textBlocks(body('<p>Bitcoin at <span>$</span> <span>56,120</span>.</p>'));
    expect(findMentions(block.text, figures).map((m) => m.usd)).toEqual([56_120]);
  });

  it('skips scripts, styles, code, forms, editable regions and existing notes', () => {
    const root = body(`
      <p>Bitcoin <script>var a = "$1";</script>at $55,000</p>
      <style>p::after { content: "$2"; }</style><noscript>$3</noscript>
      <pre><code>$4</code></pre><code>$5</code><textarea>$6</textarea><select><option>$7</option></select>
      <svg><text>$8</text></svg><div contenteditable="true"><p>$9</p></div><div contenteditable="false">$10</div>
      <p>Bitcoin at $56,100<caplens-note data-kind="price">≈ $1.12T cap</caplens-note> today</p>`);
    const texts = textBlocks(root).map((b) => b.text.trim());
    expect(texts).toEqual(['Bitcoin at $55,000', '$10', 'Bitcoin at $56,100 today']);
  });

  it("reads a comparison table's value with its own column, not the next column's subject", () => {
    const root = body(`
      <table><thead><tr><th></th><th>Bitcoin</th><th>Gold</th></tr></thead>
      <tbody><tr><td>Price 5 years ago</td><td>$5,100</td><td>$1,730</td></tr></tbody></table>`);
    const row = textBlocks(root).find((b) => b.text.includes('years ago'));
    expect(findMentions(row?.text ?? '', figures).map((m) => `${m.text}:${m.kind}`)).toEqual(['$5,100:price']);
  });

  it('reads the prose of a plain-text page set in <pre>, and counts it towards what the page is about', () => {
    const { document } = parseHTML(`<!doctype html><html><head><title>Page 301: Money</title></head><body>
      <p>Pages as they went out on air.</p>
      <pre>
 MARKETS             2/3

 Shares in London edged up. The
 pound held at $1.27.

 The digital coin bitcoin hit a
 new high of $4,480 on Tuesday,
 and bitcoin traders expect more.
 BTC/USD  $4,480
</pre></body></html>`);
    const notes = scanPage(document, figures).map((m) => `${m.text}:${m.kind}`);
    expect(notes).toEqual(['$4,480:price', '$4,480:price']);
    expect(pageSummary(document)).toContain('new high of $4,480');
  });

  it('breaks blocks at block elements and line breaks, and keeps a table row together', () => {
    const root = body(`
      <ul><li>Bitcoin <em>at</em> $55,000</li><li>Ether at $3,000</li></ul>
      <div>Bitcoin<p>nested</p>at $1<br>after</div>
      <table><tr><td>Bitcoin</td><td>$61,234</td></tr></table>`);
    const texts = textBlocks(root).map((b) => b.text.trim());
    expect(texts).toContain('Bitcoin at $55,000');
    expect(texts).toContain('Ether at $3,000');
    expect(texts).toContain(`Bitcoin${BLOCK_BREAK}at $1${BLOCK_BREAK}after`);
    expect(texts).toContain(`Bitcoin${CELL_BREAK}$61,234`);
    const row = textBlocks(root).find((b) => b.text.includes(CELL_BREAK));
    expect(findMentions(row?.text ?? '', figures).map((m) => m.text)).toEqual(['$61,234']);
  });

  it("reads a data cell with its column's heading, which the row alone does not name", () => {
    const root = body(`
      <table><thead><tr><th>Day</th><th>Net flow</th><th>BTC close</th><th>Change, $</th><th>Value of 3.18 BTC</th></tr></thead>
      <tbody><tr><td>Monday</td><td>$131.9M</td><td>$63,950</td><td>+1,100</td><td>$203,360</td></tr></tbody></table>`);
    const row = textBlocks(root).find((b) => b.text.includes('Monday'));
    // A heading that names a currency is left out: no amount may come from text not at that place.
    expect(row?.text).toBe(
      `Day: Monday${CELL_BREAK}Net flow: $131.9M${CELL_BREAK}BTC close: $63,950${CELL_BREAK}+1,100${CELL_BREAK}Value of 3.18 BTC: $203,360`,
    );
    const mentions = findMentions(row?.text ?? '', figures);
    expect(mentions.map((m) => `${m.text}:${m.kind}`)).toEqual(['$63,950:price', '3.18 BTC:quantity']);
    // The heading's amount of bitcoin is not at that place in the row: it has no place for a note there.
    expect(row && locate(row, mentions[1].end)).toBeNull();
    const start = row && locate(row, mentions[0].start, 'start');
    expect([start?.node.nodeValue, start?.offset]).toEqual(['$63,950', 0]);
  });

  it('reads a column heading that names a currency but holds no amount ("Price (US$)")', () => {
    const root = body(`
      <table><tr><th>Scenario</th><th>Price (C$)</th><th>Price (US$)</th><th>Upside to US$150,000</th></tr>
      <tr><td>Bear</td><td>C$110,000</td><td>US$79,000</td><td>90%</td></tr></table>`);
    const row = textBlocks(root).find((b) => b.text.includes('Bear'));
    // The heading with an amount in it is still left out.
    expect(row?.text).toBe(
      `Scenario: Bear${CELL_BREAK}Price (C$): C$110,000${CELL_BREAK}Price (US$): US$79,000${CELL_BREAK}90%`,
    );
    const page = { ...figures, rates: { CAD: 1.38 }, pageContext: { aboutBitcoin: true } };
    expect(findMentions(row?.text ?? '', page).map((m) => `${m.text}:${m.kind}`)).toEqual([
      'C$110,000:price',
      'US$79,000:price',
    ]);
  });

  it("reads a row's first cell after its table's caption, which names what the rows are of", () => {
    const root = body(`
      <table><caption>Bitcoin in euros, 2023</caption>
      <tr><th>Mar 3</th><td>€21,400</td></tr><tr><th>Oct 9</th><td>€26,900</td></tr></table>
      <table><caption>Ether in euros</caption><tr><th>Mar 3</th><td>€1,450</td></tr></table>
      <table><caption>Prices in $</caption><tr><th>Mar 3</th><td>$22,700</td></tr></table>`);
    const rows = textBlocks(root).filter((b) => b.text.includes(CELL_BREAK));
    expect(rows.map((row) => row.text)).toEqual([
      `Bitcoin in euros, 2023: Mar 3${CELL_BREAK}€21,400`,
      `Bitcoin in euros, 2023: Oct 9${CELL_BREAK}€26,900`,
      `Ether in euros: Mar 3${CELL_BREAK}€1,450`,
      `Mar 3${CELL_BREAK}$22,700`,
    ]);
    const page = { ...figures, rates: { EUR: 0.92 } };
    const found = rows.flatMap((b) => findMentions(b.text, page).map((m) => `${m.text}:${m.kind}`));
    expect(found).toEqual(['€21,400:price', '€26,900:price']);
  });

  it('reads a definition with its term, as a key-figures list shows it', () => {
    const root = body(`
      <dl><dt>Price</dt><dd>$61,234.50</dd><dt>Market cap</dt><dd>$1.22T</dd><dd>(rank 1)</dd>
      <dt>24h volume</dt><dd>$31.2B</dd><dt>Ether</dt><dd>$3,100</dd><dt>Fee, $</dt><dd>4.20</dd></dl>`);
    const texts = textBlocks(root).map((b) => b.text.trim());
    expect(texts).toEqual([
      'Price',
      'Price: $61,234.50',
      'Market cap',
      'Market cap: $1.22T',
      'Market cap: (rank 1)',
      '24h volume',
      '24h volume: $31.2B',
      'Ether',
      'Ether: $3,100',
      'Fee, $',
      '4.20',
    ]);
    const page = { ...figures, rates: { CAD: 1.38 }, pageContext: { aboutBitcoin: true } };
    const found = textBlocks(root).flatMap((b) => findMentions(b.text, page).map((m) => `${m.text}:${m.kind}`));
    expect(found).toEqual(['$61,234.50:price', '$1.22T:cap']);
  });

  it('maps every offset of a block to a node and back', () => {
    const [block] = textBlocks(body('<p>a<b>bc</b><i>d</i>ef</p>'));
    const rebuilt = Array.from({ length: block.text.length }, (_, i) => {
      const at = locate(block, i + 1);
      return at?.node.nodeValue?.[at.offset - 1];
    }).join('');
    expect(rebuilt).toBe(block.text);
    expect(locate(block, 0)?.node.nodeValue).toBe('a');
    expect(locate(block, 1)?.node.nodeValue).toBe('a');
    expect(locate(block, 1, 'start')?.node.nodeValue).toBe('bc');
  });

  it('summarises a page from its title, headings and first paragraphs', () => {
    const { document } = parseHTML(
      `<html><head><title>Bitcoin news</title></head><body><h1>Bitcoin rallies</h1>${['One', 'Two', 'Three', 'Four'].map((word) => `<p>${`${word}. `.repeat(30)}</p>`).join('')}</body></html>`,
    );
    // The opening: what comes before the body, which follows a form feed.
    const [summary] = pageSummary(document).split('\f');
    expect(summary).toContain('Bitcoin news');
    expect(summary).toContain('Bitcoin rallies');
    expect(summary).toContain('Three.');
    expect(summary).not.toContain('Four.');
  });

  it("takes the headline's subject before a title that opens with a section's name", () => {
    const { document } = parseHTML(
      '<html><head><title>Digital Assets Strategy: weekly — Example Securities</title></head><body><h1>Bitcoin in the new year</h1><p>Equity &amp; Digital Asset Research</p><ul><li>Base case: $150,000</li></ul></body></html>',
    );
    expect(scanPage(document, figures, '').map((m) => `${m.text}:${m.kind}`)).toEqual(['$150,000:price']);
  });

  it('reads past an opening of short lines to the first paragraph of substance', () => {
    const { document } = parseHTML(
      `<html><head><title>Transcript: The Evening Desk</title></head><body><p>THE EVENING DESK</p><p>Aired March 3, 2024</p><p>THIS IS A RUSH TRANSCRIPT.</p><p>[18:01:05]</p><p>ANCHOR: Bitcoin slid again today, to about $58,000, and the desk is worried.</p><p>GUEST: The next area traders are watching is $52,000.</p>${'<p>More.</p>'.repeat(20)}</body></html>`,
    );
    expect(pageSummary(document)).toContain('Bitcoin slid again');
    // The guest's level names no coin: only the page's subject makes it bitcoin's price.
    expect(scanPage(document, figures, '').map((m) => `${m.text}:${m.kind}`)).toEqual([
      '$58,000:price',
      '$52,000:price',
    ]);
    // Short lines all the way down: the summary stops after a few of them.
    expect(pageSummary(document).split('\f')[0].split('More.').length - 1).toBeLessThanOrEqual(3);
  });

  it("reads a page's body when its opening names no coin: a digest of posts", () => {
    const posts = [
      'A floor at $3,900 would not surprise me.',
      'I stack 10,000 sats a week whatever it does.',
      'Sold 0.5 BTC at the top, rebuying 0.5 BTC lower.',
      'The block reward halves next spring.',
    ];
    const page = (threads: string[]) =>
      parseHTML(
        `<html><head><title>Digest: best threads of the week</title></head><body><h1>Best threads of the week</h1><p>Compiled by the moderators.</p>${threads.map((post) => `<blockquote><p>${post}</p></blockquote>`).join('')}</body></html>`,
      ).document;
    const dollars = (document: Document) =>
      scanPage(document, figures, '').flatMap((m) => (m.kind === 'quantity' ? [] : [`${m.text}:${m.kind}`]));
    expect(dollars(page(posts))).toEqual(['$3,900:price']);
    // A crypto site's menu names bitcoin on every page: it does not make a story about other things one about bitcoin.
    const menu = '<nav><ul><li>Bitcoin</li><li>Bitcoin price</li><li>BTC news</li><li>Buy bitcoin</li></ul></nav>';
    const story = (nav: string) =>
      parseHTML(
        `<html><head><title>Weekly board digest</title></head><body>${nav}<h1>Best threads of the week</h1><p>Compiled by the moderators.</p><blockquote><p>A floor at $3,900 would not surprise me.</p></blockquote><p>Gold bugs were right this week.</p></body></html>`,
      ).document;
    expect(dollars(story(menu))).toEqual([]);
    expect(dollars(story(menu.replace(/nav>/g, 'div>')))).toEqual(['$3,900:price']);
    // The same level among posts about ether and gold belongs to no coin the page names.
    expect(dollars(page([posts[0], 'Ether gas is cheap again.', 'Gold bugs were right.', 'Ether wins.']))).toEqual([]);
  });

  it('reads a paragraph or list item after the heading it sits under, when that heading names an asset', () => {
    const page = (sections: string) =>
      parseHTML(
        `<html><head><title>Markets wrap</title></head><body><h1>Stocks slip, oil steadies</h1><p>The S&amp;P 500 fell 0.4%. Oil settled at $71.36 a barrel, and gold was flat.</p>${sections}</body></html>`,
      ).document;
    const dollars = (document: Document) =>
      scanPage(document, figures, '').flatMap((m) => (m.kind === 'quantity' ? [] : [`${m.text}:${m.kind}`]));
    // On a page about the markets, a level under a heading that names bitcoin is bitcoin's.
    expect(dollars(page('<h2>Bitcoin</h2><p>Slid again; the desk is watching $85,000.</p>'))).toEqual([
      '$85,000:price',
    ]);
    expect(dollars(page('<h2>Week ahead</h2><p>Slid again; the desk is watching $85,000.</p>'))).toEqual([]);
    // On a page about bitcoin, a list of levels under a heading that names ether is ether's.
    const bitcoinPage = (heading: string) =>
      parseHTML(
        `<html><head><title>Bitcoin levels</title></head><body><h1>Bitcoin holds its range</h1><p>Bitcoin traded near $61,000.</p><h3>${heading}</h3><ul><li>Support: $2,950</li><li>Resistance: $3,240</li></ul></body></html>`,
      ).document;
    expect(dollars(bitcoinPage('Ether'))).toEqual(['$61,000:price']);
    expect(dollars(bitcoinPage('Levels to watch'))).toEqual(['$61,000:price', '$2,950:price', '$3,240:price']);
  });
});
