// The benchmark pages: a generated 2 MB news article with 1,000 bitcoin prices and caps among
// 10,000 other dollar amounts, a live blog that grows in bursts, and a live ticker. Generated from a
// fixed seed, so every run measures the same page.

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const usd = (value: number, digits = 0) =>
  `$${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;

type Pick = <T>(items: readonly T[]) => T;
type Template = (r: () => number, pick: Pick) => string;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CITIES = ['Asian', 'European', 'New York', 'London', 'Singapore'];
const price = (r: () => number) => usd(40_000 + Math.round(r() * 800) * 100);
const cap = (r: () => number) => `$${(0.9 + r() * 0.9).toFixed(2)} trillion`;

/** Sentences with one bitcoin price or cap each, which CapLens annotates. */
const MENTIONS: Template[] = [
  (r, pick) => `Bitcoin rose to ${price(r)} on ${pick(DAYS)}.`,
  (r, pick) => `BTC traded at ${price(r)} in ${pick(CITIES)} hours.`,
  (r) => `Bitcoin hit ${price(r)} before sellers stepped in.`,
  (r, pick) => `The largest cryptocurrency changed hands at ${price(r)} late on ${pick(DAYS)}.`,
  (r) => `Bitcoin fell to ${price(r)}, its lowest level in two weeks.`,
  (r) => `Analysts expect bitcoin to reach ${price(r)} by the end of the quarter.`,
  (r) => `Bitcoin's market capitalization reached ${cap(r)}.`,
  (r) => `Bitcoin's market value rose above ${cap(r)} during the session.`,
];

/** Sentences with one dollar amount each that is not bitcoin's price or cap. */
const OTHERS: Template[] = [
  (r) => `Ether rose to ${usd(2_000 + Math.round(r() * 2_000))} as traders rotated into altcoins.`,
  (r) => `Solana hit ${usd(100 + Math.round(r() * 120))} in late trading.`,
  (r) => `Strategy shares fell ${1 + Math.round(r() * 8)}% to ${usd(300 + Math.round(r() * 1_500))}.`,
  (r) => `Coinbase shares closed at ${usd(150 + r() * 150, 2)} in New York.`,
  (r) => `Gold hit ${usd(2_000 + Math.round(r() * 900))} an ounce.`,
  (r) => `The median home sold for ${usd(300_000 + Math.round(r() * 200) * 1_000)} last month.`,
  (r) => `The exchange reported revenue of $${(1 + r() * 4).toFixed(1)} billion for the quarter.`,
  (r) => `Spot bitcoin ETFs took in $${Math.round(100 + r() * 800)} million on the day.`,
  (r) => `Long positions worth $${Math.round(100 + r() * 800)} million were liquidated.`,
  (r) => `Miners earned $${Math.round(20 + r() * 30)} million in fees and rewards.`,
  (r) => `Nvidia, whose market cap stood at $${(2 + r() * 2).toFixed(1)} trillion, slipped in early trade.`,
  (r) => `A conference ticket costs ${usd(200 + Math.round(r() * 900))} this year.`,
  (r) => `The startup raised $${Math.round(5 + r() * 90)} million in a funding round.`,
  (r) => `Trading volume reached $${Math.round(20 + r() * 60)} billion.`,
  (r) => `The fund manager oversees $${Math.round(2 + r() * 40)} billion in assets.`,
  (r) => `Oil settled at ${usd(60 + r() * 30, 2)} a barrel.`,
];

const FILLER = [
  'Market participants pointed to a quieter macro calendar and thinner liquidity over the holiday period.',
  'Several desks said positioning looked stretched after a run of strong sessions.',
  'Regulators in Washington and Brussels continued to weigh new disclosure rules for trading platforms.',
  'Options markets priced a wider range of outcomes ahead of the monthly expiry.',
  'On-chain data showed long-term holders moving few coins, a pattern analysts read as patience.',
  'The move came as yields on government bonds edged lower and the dollar softened.',
  'Traders watched order books closely as liquidity thinned out toward the weekend.',
  'Analysts cautioned that a single session says little about the longer trend.',
];

function paragraphHtml(sentences: string[], index: number, r: () => number): string {
  const text = sentences.join(' ');
  switch (index % 9) {
    case 3:
      // An inline link and emphasis, as articles have.
      return `<p>${text.replace(/^(\S+ \S+)/, '<a href="#s">$1</a>').replace(/(\d+%)/, '<strong>$1</strong>')}</p>`;
    case 5:
      return `<blockquote><p>${text}</p></blockquote>`;
    case 7:
      return `<ul>${sentences.map((s) => `<li>${s}</li>`).join('')}</ul>`;
    case 8:
      return `<figure><div class="chart" style="height:${40 + Math.round(r() * 40)}px"></div><figcaption>${text}</figcaption></figure>`;
    default:
      return `<p>${text}</p>`;
  }
}

export interface ArticleSpec {
  /** Target size of the HTML in bytes. */
  bytes: number;
  mentions: number;
  others: number;
}

export const ARTICLE: ArticleSpec = { bytes: 2_000_000, mentions: 1_000, others: 10_000 };

/**
 * The article: every 11th money sentence a bitcoin price or cap, the rest other amounts, filler
 * prose between them up to the target size. `head` goes into <head> (the bench's observers).
 */
export function generateArticle(spec: ArticleSpec = ARTICLE, head = ''): string {
  // Filler is sized from an estimate of the markup, then corrected once from the first result.
  const first = articleHtml(spec, head, 1);
  return articleHtml(spec, head, 1 + (spec.bytes - first.length) / (first.length * 0.5));
}

function articleHtml(spec: ArticleSpec, head: string, fillerScale: number): string {
  const r = random(20_260_101);
  const pick: Pick = (items) => items[Math.floor(r() * items.length)];
  const total = spec.mentions + spec.others;
  const every = total / spec.mentions;
  const money: string[] = [];
  for (let i = 0; i < total; i++) {
    // The first sentence is a mention, as an article's first paragraph usually names the price.
    const isMention = Math.floor(i / every) > Math.floor((i - 1) / every);
    money.push((isMention ? pick(MENTIONS) : pick(OTHERS))(r, pick));
  }
  const moneyBytes = money.reduce((sum, s) => sum + s.length + 1, 0);
  const fillerAverage = FILLER.reduce((sum, s) => sum + s.length + 1, 0) / FILLER.length;
  // Markup per paragraph is about 40 bytes; paragraphs hold three money sentences.
  const paragraphs = Math.ceil(total / 3);
  const fillerTotal = Math.max(0, (spec.bytes - moneyBytes - paragraphs * 40 - 4_000) / fillerAverage);
  const fillerPerParagraph = (fillerTotal * fillerScale) / paragraphs;

  const body: string[] = [
    '<header><h1>Bitcoin steadies as traders weigh the next leg of the rally</h1>',
    '<p class="standfirst">Bitcoin held near its highs this week while bitcoin funds kept drawing money; the live figures below are the markets’ own.</p></header>',
  ];
  let filler = 0;
  for (let p = 0, m = 0; m < money.length; p++) {
    if (p > 0 && p % 25 === 0)
      body.push(`<h2>${pick(['Markets', 'Flows', 'Analysis', 'Outlook'])} update ${p / 25}</h2>`);
    const sentences = money.slice(m, m + 3);
    m += 3;
    filler += fillerPerParagraph;
    while (filler >= 1) {
      sentences.splice(Math.floor(r() * (sentences.length + 1)), 0, pick(FILLER));
      filler -= 1;
    }
    body.push(paragraphHtml(sentences, p, r));
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bitcoin steadies as traders weigh the next leg — Example News</title>${head}<style>body{font:17px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}.chart{background:#eee}</style></head><body><article>${body.join('\n')}</article></body></html>`;
}

/** 100 nodes of a live blog: one bitcoin price among ninety-nine other sentences. */
export function burstSentences(burst: number, size = 100): string[] {
  const r = random(7_000 + burst);
  const pick: Pick = (items) => items[Math.floor(r() * items.length)];
  const sentences: string[] = [];
  for (let i = 0; i < size; i++) {
    const stamp = `${String(9 + Math.floor(burst / 60)).padStart(2, '0')}:${String(burst % 60).padStart(2, '0')}`;
    const body = i === size - 1 ? pick(MENTIONS)(r, pick) : i % 3 === 0 ? pick(OTHERS)(r, pick) : pick(FILLER);
    sentences.push(`${stamp} ${body}`);
  }
  return sentences;
}

/** A short article with a ticker line whose price the page rewrites every 50 ms. */
export function tickerPage(head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bitcoin live: price ticker — Example News</title>${head}</head><body><div id="ticker">Bitcoin <span id="quote">$61,234.50</span> live price</div><article><h1>Bitcoin price today</h1><p>Bitcoin traded near its highs on Tuesday as funds drew new money.</p><p>Ether rose to $3,240 while solana hit $172.</p></article><div id="feed"></div></body></html>`;
}

export const emptyFeedPage = (head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bitcoin live blog — Example News</title>${head}</head><body><h1>Bitcoin live: the market as it moves</h1><p>Bitcoin and the rest of the crypto market, minute by minute.</p><div id="feed"></div></body></html>`;
