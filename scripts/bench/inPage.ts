// Code the benchmark runs inside the page, as source text: page.evaluate of a function would carry
// the TypeScript runner's helpers along, which the page does not have.

/** In <head>: collects layout shifts and long tasks from the start, and counts notes as they come. */
export const OBSERVERS = `<script>
window.__bench = { shifts: [], long: [], notes: 0, firstNote: 0, lastNote: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) __bench.shifts.push([e.startTime, e.value]);
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __bench.long.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });
</script>`;

/** Starts counting inserted notes (the extension's or the floors'), then marks the start. */
export const MARK_START = `(() => {
  const isNote = (n) => n.nodeType === 1 && (n.localName === 'caplens-note' || n.className === 'bench-note');
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (isNote(n)) {
      const now = performance.now();
      if (!__bench.notes) __bench.firstNote = now;
      __bench.notes++;
      __bench.lastNote = now;
    }
  }).observe(document.body, { childList: true, subtree: true });
  performance.mark('bench:start');
  return performance.now();
})()`;

/** Resolves once no note has come for `quietMs` (and at least one has, unless `none` is allowed). */
export const waitQuiet = (quietMs: number, timeoutMs = 60_000) => `new Promise((resolve) => {
  const started = performance.now();
  const check = () => {
    const now = performance.now();
    const quietSince = __bench.lastNote || started;
    if ((__bench.notes > 0 && now - quietSince >= ${quietMs}) || now - started > ${timeoutMs}) resolve(__bench.notes);
    else setTimeout(check, 100);
  };
  setTimeout(check, 100);
})`;

/** Two frames and a pause after the work, then the end mark: rendering is inside the window. */
export const MARK_END = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
  performance.mark('bench:end');
  resolve(performance.now());
}, 200))))`;

/** What the page saw since `since`: layout shift (CLS-style sum) and the longest long task. */
export const pageReport = (since: number) => `(() => ({
  shift: __bench.shifts.filter(([t]) => t >= ${since}).reduce((s, [, v]) => s + v, 0),
  longTask: Math.max(0, ...__bench.long.filter(([t]) => t >= ${since}).map(([, d]) => d)),
  notes: __bench.notes,
  firstNote: __bench.firstNote,
  lastNote: __bench.lastNote,
}))()`;

/** Floor 1: one TreeWalker pass over every element and text node, reading each text. */
export const BARE_WALK = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes = 0, chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === 3) chars += node.data.length;
  }
  return { ms: performance.now() - t0, nodes, chars };
})()`;

/**
 * Floor 2: the least an annotator can do. Walk the text, find every dollar amount with one regular
 * expression, take those with "bitcoin" or "BTC" shortly before them as mentions, insert one plain
 * element after each (up to \`cap\`), and force layout.
 */
export const minimalAnnotator = (cap: number) => `(() => {
  const t0 = performance.now();
  const amount = /\\$\\d[\\d,.]*(?:\\s?(?:trillion|billion|million|[kKmMbB]\\b))?/g;
  const mention = /bitcoin|btc/i;
  const hits = [];
  let amounts = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    if (text.indexOf('$') < 0) continue;
    amount.lastIndex = 0;
    for (let m = amount.exec(text); m; m = amount.exec(text)) {
      amounts++;
      if (hits.length < ${cap} && mention.test(text.slice(Math.max(0, m.index - 80), m.index))) {
        hits.push([node, m.index + m[0].length]);
      }
    }
  }
  for (let i = hits.length - 1; i >= 0; i--) {
    const [node, end] = hits[i];
    const note = document.createElement('span');
    note.className = 'bench-note';
    note.textContent = '\u2248 $1.22T cap';
    if (end < node.data.length) node.splitText(end);
    node.after(note);
  }
  void document.body.offsetHeight;
  return { ms: performance.now() - t0, amounts, notes: hits.length };
})()`;

/** The same floor for pages that change: a MutationObserver that runs the minimal annotator on what was added. */
export const MINIMAL_OBSERVER = `(() => {
  const amount = /\\$\\d[\\d,.]*(?:\\s?(?:trillion|billion|million|[kKmMbB]\\b))?/g;
  const mention = /bitcoin|btc/i;
  const annotate = (root) => {
    const hits = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      if (text.indexOf('$') < 0) continue;
      amount.lastIndex = 0;
      for (let m = amount.exec(text); m; m = amount.exec(text)) {
        if (mention.test(text.slice(Math.max(0, m.index - 80), m.index))) hits.push([node, m.index + m[0].length]);
      }
    }
    for (let i = hits.length - 1; i >= 0; i--) {
      const [node, end] = hits[i];
      const note = document.createElement('span');
      note.className = 'bench-note';
      note.textContent = '\u2248 $1.22T cap';
      if (end < node.data.length) node.splitText(end);
      node.after(note);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') annotate(r.target);
      else for (const n of r.addedNodes) if (!(n.nodeType === 1 && n.className === 'bench-note')) annotate(n);
    }
    observer.takeRecords();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;
