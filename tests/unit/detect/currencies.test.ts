// Prices and caps of bitcoin in other currencies: each way news writes them, the page's own dollar, and
// what is left alone, with the note a reader sees.
import { describe, expect, it } from 'vitest';
import { describePage, findMentions } from '../../../src/core/detect';
import { findAmounts } from '../../../src/core/detect/amounts';
import { currencyOf, pageDollar, rateOf } from '../../../src/core/detect/currencies';

const rates = { EUR: 0.92, GBP: 0.79, JPY: 155, CAD: 1.38, AUD: 1.52, CHF: 0.88 };
const figures = { priceUsd: 61_234.5, supplyBtc: 19_953_128.125, rates };

const notes = (text: string, options: Parameters<typeof findMentions>[1] = figures) =>
  findMentions(text, options).map(({ text: amount, kind, currency, note }) => `${amount}:${kind}:${currency}:${note}`);

describe('a bitcoin price in another currency', () => {
  it.each([
    ['In London bitcoin traded at £48,500 on Tuesday.', '£48,500:price:GBP:≈ £968B cap'],
    ['In Frankfurt bitcoin cost €52.300 at the close.', '€52.300:price:EUR:≈ €1.04T cap'],
    ['In Paris bitcoin traded at 48 500 € on Monday.', '48 500 €:price:EUR:≈ €968B cap'],
    ['Bitcoin fell to 55.300 € in Berlin.', '55.300 €:price:EUR:≈ €1.10T cap'],
    ['In Sydney bitcoin fetched A$93,482 on Friday.', 'A$93,482:price:AUD:≈ A$1.87T cap'],
    ['Bitcoin climbed to AU$95,000 overnight.', 'AU$95,000:price:AUD:≈ A$1.90T cap'],
    ['Bitcoin traded near AUD 87K in Melbourne.', 'AUD 87K:price:AUD:≈ A$1.74T cap'],
    ['In Toronto bitcoin changed hands at C$85,000.', 'C$85,000:price:CAD:≈ CA$1.70T cap'],
    ['Bitcoin rose to CA$86,400 on Thursday.', 'CA$86,400:price:CAD:≈ CA$1.72T cap'],
    ['In Zurich bitcoin hit CHF 55,000.', 'CHF 55,000:price:CHF:≈ CHF\u00a01.10T cap'],
    ["Bitcoin held at CHF 54'800 in Geneva.", "CHF 54'800:price:CHF:≈ CHF\u00a01.09T cap"],
    ['Bitcoin topped ¥9.2 million in Tokyo.', '¥9.2 million:price:JPY:≈ ¥184T cap'],
    ['Bitcoin reached 9.5 million yen on bitFlyer.', '9.5 million yen:price:JPY:≈ ¥190T cap'],
    ['Bitcoin was quoted at GBP 47,900 in early trade.', 'GBP 47,900:price:GBP:≈ £956B cap'],
    ['Bitcoin slipped to 51,000 EUR.', '51,000 EUR:price:EUR:≈ €1.02T cap'],
  ])('%s', (text, expected) => {
    expect(notes(text)).toEqual([expected]);
  });

  it('reads a market cap in another currency and gives the price it implies', () => {
    expect(notes("Bitcoin's market cap reached £1.2tn on Tuesday.")).toEqual(['£1.2tn:cap:GBP:≈ £60.1k/BTC']);
    expect(notes('Bitcoin is now worth €1.1 trillion in all.')).toEqual(['€1.1 trillion:cap:EUR:≈ €55.1k/BTC']);
  });

  it('carries the value in US dollars at the rate, and the amount as written', () => {
    const [mention] = findMentions('In London bitcoin traded at £48,500 on Tuesday.', figures);
    expect(mention).toMatchObject({ value: 48_500, currency: 'GBP' });
    expect(mention.usd).toBeCloseTo(48_500 / 0.79, 4);
  });

  it('judges plausibility in US dollars: a yen figure the size of a dollar price is not one', () => {
    // ¥12,000 is about $77: under any bitcoin price a page could mean, today's or history's.
    expect(notes('Bitcoin rose to ¥12,000 in Tokyo.')).toEqual([]);
    expect(notes('Bitcoin rose to $12,000 in New York.')).toEqual(['$12,000:price:USD:≈ $239B cap']);
  });

  it('gives no note for a currency without a rate', () => {
    expect(notes('In London bitcoin traded at £48,500 on Tuesday.', { ...figures, rates: {} })).toEqual([]);
    expect(notes('In London bitcoin traded at £48,500 on Tuesday.', { ...figures, rates: { EUR: 0.92 } })).toEqual([]);
  });
});

describe('a figure restated in another currency', () => {
  const australian = { ...figures, pageContext: describePage('Bitcoin price in Australia', 'www.example.com.au') };
  it.each([
    ['$91,870.12 (US$66,512.40)', ['$91,870.12:price:AUD', 'US$66,512.40:price:USD']],
    ['Market cap: $1.73 trillion (US$1.25 trillion)', ['$1.73 trillion:cap:AUD', 'US$1.25 trillion:cap:USD']],
  ])('is the same kind of figure: %s', (text, expected) => {
    expect(findMentions(text, australian).map((m) => `${m.text}:${m.kind}:${m.currency}`)).toEqual(expected);
  });

  it('after a price per coin, "or roughly" restates it', () => {
    const text = 'It paid about ¥8.73 million per coin, or roughly $60,180 at current exchange rates.';
    expect(findMentions(text, figures).map((m) => `${m.text}:${m.kind}`)).toEqual([
      '¥8.73 million:price',
      '$60,180:price',
    ]);
  });

  it('after "that is" or "that\'s", names the same figure in another currency', () => {
    const canadian = { ...figures, pageContext: describePage('Miner results', 'www.example.ca') };
    const text = "Our average realized price was $38,900 per bitcoin. In U.S. dollars, that's roughly US$28,200.";
    expect(findMentions(text, canadian).map((m) => `${m.text}:${m.kind}:${m.currency}`)).toEqual([
      '$38,900:price:CAD',
      'US$28,200:price:USD',
    ]);
    const sale =
      "One reader sold bitcoin at US$19,400 in November. At that day's exchange rate, that was about C$26,100.";
    expect(findMentions(sale, canadian).map((m) => `${m.text}:${m.kind}:${m.currency}`)).toEqual([
      'US$19,400:price:USD',
      'C$26,100:price:CAD',
    ]);
    // In the same currency, "that's" is no restatement: the holding's worth stays alone.
    expect(notes('Bitcoin was at $61,000. He holds 2 BTC. That is about $100,000.')).toEqual([
      '$61,000:price:USD:≈ $1.22T cap',
      '2 BTC:quantity:undefined:≈ $122K · 0.00001% of supply',
    ]);
  });

  it('does not pass its kind to an amount of another size or one not restating it', () => {
    expect(notes('Bitcoin traded at $61,000 (up $2,000).')).toEqual(['$61,000:price:USD:≈ $1.22T cap']);
    expect(notes('It paid about ¥8.73 million per coin, and $4,000 in fees.')).toEqual([
      '¥8.73 million:price:JPY:≈ ¥174T cap',
    ]);
  });
});

describe('left alone in another currency', () => {
  it.each([
    ['other coins', 'Ether rose to £2,500 while bitcoin was flat.'],
    // Allowances and taxes are set on money: at or around a sum, they are no level.
    [
      'a tax allowance',
      'Bitcoin gains count; with the annual capital gains allowance at £12,300, the taxable portion would be around £23,600.',
    ],
    ['other dollars', 'In Hong Kong bitcoin changed hands for HK$478,000, and NZ$101,000 in Auckland.'],
    ['changes', 'Bitcoin fell £1,500 to close the week.'],
    ['flows', 'Bitcoin funds drew €500 million in inflows.'],
    ['company values', 'LVMH is valued at €340bn.'],
    ['the rate of the currency itself', 'The yen weakened to ¥148.20 against the dollar as bitcoin rose.'],
  ])('%s', (_case, text) => {
    expect(notes(text)).toEqual([]);
  });
});

describe("the page's dollar", () => {
  it('is the Australian or Canadian dollar on a site of that country', () => {
    expect(pageDollar('www.afr.com.au', '')).toBe('AUD');
    expect(pageDollar('www.theglobeandmail.ca', '')).toBe('CAD');
    expect(pageDollar('www.coindesk.com', '')).toBe('USD');
    expect(pageDollar('', '')).toBe('USD');
    // New Zealand's dollar has no rate: its bare "$" amounts get no note at all.
    expect(pageDollar('www.example.co.nz', '')).toBe(null);
    // So have Singapore's and Hong Kong's.
    expect(pageDollar('www.example.com.sg', '')).toBe(null);
    expect(pageDollar('news.example.hk', '')).toBe(null);
    expect(pageDollar('', 'Bitcoin at NZ$90,000; it is US$64,800 in New York')).toBe(null);
    const kiwi = { ...figures, pageContext: describePage('Bitcoin crash: Kiwi investors', 'www.example.co.nz') };
    expect(notes('In local terms, bitcoin is about $55,800, or US$40,200.', kiwi)).toEqual([
      'US$40,200:price:USD:≈ $802B cap',
    ]);
  });

  it('is the other dollar a page names when it marks American amounts as such', () => {
    expect(pageDollar('', 'Bitcoin tops $95,000 as the AUD slides; it is US$62,000 in New York')).toBe('AUD');
    expect(pageDollar('', 'Bitcoin in Canadian dollars: a record, though still under USD 62,000')).toBe('CAD');
  });

  it('stays American where the other dollar is named and the American one is not', () => {
    // Wire style: "A$1.2 billion ($800 million)" writes American amounts bare.
    expect(pageDollar('', 'Bitcoin hits A$95,000 ($62,500) as the Australian dollar falls')).toBe('USD');
  });

  it("is read from the page's opening, not from a Canadian share price in its body", () => {
    // A wire story on an American site quotes a Toronto listing (C$) and a spend in US$ far down the page.
    const body = 'Its shares rose 6% to C$14.80 in Toronto, after it spent US$17.7 million on bitcoin.';
    const pageContext = describePage(`Companies buy bitcoin\fBitcoin traded at $49,800.\n\n${body}`, 'www.example.com');
    expect(pageContext.dollar).toBe('USD');
    expect(notes('Bitcoin traded at $49,800 on Tuesday.', { ...figures, pageContext })).toEqual([
      '$49,800:price:USD:≈ $994B cap',
    ]);
  });

  it('makes a bare "$" that dollar, and its notes that currency', () => {
    const pageContext = describePage('Bitcoin news', 'www.afr.com.au');
    expect(pageContext.dollar).toBe('AUD');
    expect(notes('Bitcoin rose to $93,500 on Friday.', { ...figures, pageContext })).toEqual([
      '$93,500:price:AUD:≈ A$1.87T cap',
    ]);
    // "US$" is American whatever the page.
    expect(notes('Bitcoin rose to US$61,500 on Friday.', { ...figures, pageContext })).toEqual([
      'US$61,500:price:USD:≈ $1.23T cap',
    ]);
  });
});

describe('signs and codes', () => {
  it('name their currency, and a bare "$" or "dollars" the page\'s', () => {
    expect(
      ['£', '€', '¥', 'A$', 'AU$', 'C$', 'CA$', 'CHF', 'US$', ' euros', ' yen'].map((s) => currencyOf(s, 'CAD')),
    ).toEqual(['GBP', 'EUR', 'JPY', 'AUD', 'AUD', 'CAD', 'CAD', 'CHF', 'USD', 'EUR', 'JPY']);
    expect(currencyOf('$', 'AUD')).toBe('AUD');
    // The Swiss "Fr." before the number.
    expect(findAmounts('a break of Fr. 84,500', rates).map((a) => [a.text, a.currency])).toEqual([
      ['Fr. 84,500', 'CHF'],
    ]);
    expect(currencyOf(' dollars', 'CAD')).toBe('CAD');
  });

  it('have a rate only when one was fetched, and dollars always', () => {
    expect(rateOf('USD', undefined)).toBe(1);
    expect(rateOf('GBP', rates)).toBe(0.79);
    expect(rateOf('GBP', {})).toBeUndefined();
  });

  it('leave amounts in currencies without a rate out of what the parser finds', () => {
    expect(findAmounts('£48,500 and $61,000').map((a) => a.text)).toEqual(['$61,000']);
    expect(findAmounts('£48,500 and $61,000', rates).map((a) => [a.text, a.currency])).toEqual([
      ['£48,500', 'GBP'],
      ['$61,000', 'USD'],
    ]);
  });

  it('read a multiplier joined by a hyphen, as Canadian papers write it', () => {
    expect(findAmounts('worth $1.7-trillion, or $2.3-billion', rates, 'CAD').map((a) => [a.text, a.value])).toEqual([
      ['$1.7-trillion', 1.7e12],
      ['$2.3-billion', 2.3e9],
    ]);
  });

  it('read a range in another currency whole', () => {
    expect(findAmounts('between £47-49K', rates).map((a) => [a.text, a.value])).toEqual([
      ['£47', 47_000],
      ['49K', 49_000],
    ]);
  });
});
