// A page assembled from web components and frames, for the Chromium and Firefox suites: an article
// rendered into an open shadow root, a live ticker in a same-origin iframe, a closed root, and a
// component the page adds later (window.addArticle()).
export const TICKER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticker</title></head>
<body><p id="tick">Bitcoin trades at $61,400 this hour.</p></body></html>`;

export const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bitcoin price today</title></head>
<body><h1>Bitcoin price and market cap</h1>
<news-article id="open"></news-article>
<sealed-box id="closed"></sealed-box>
<iframe id="ticker" src="/ticker.html"></iframe>
<script>
  customElements.define('news-article', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<article><h2>Markets</h2><p id="lead">Bitcoin rose to $62,300 on Tuesday.</p></article>';
    }
  });
  customElements.define('sealed-box', class extends HTMLElement {
    constructor() {
      super();
      window.sealed = this.attachShadow({ mode: 'closed' });
      window.sealed.innerHTML = '<p>Bitcoin closed at $60,900 yesterday.</p>';
    }
  });
  window.addArticle = () => {
    const later = document.createElement('news-article');
    later.id = 'later';
    document.body.append(later);
  };
</script></body></html>`;
