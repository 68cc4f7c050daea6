// subjects.ts and the subject resolution in classify.ts: what a sentence is about, and what a word that
// points back ("it", "the token", "the price") means.
import { describe, expect, it } from 'vitest';
import { findSubjects } from '../../../src/core/detect/subjects';
import { bitcoinPage, figures, kinds } from './kinds';

describe('bitcoin, named or by its standing', () => {
  it.each([
    ['Bitcoin rose to $57,300 on Tuesday.', ['$57,300:price']],
    ['The largest cryptocurrency changed hands at US$61,250 in Singapore.', ['US$61,250:price']],
    ['Wires quoted bitcoin at USD 61,180.', ['USD 61,180:price']],
    ["Bitcoin's market capitalization reached $1.2 trillion.", ['$1.2 trillion:cap']],
    ['Bitcoin accounted for about $1.21 trillion of that total.', ['$1.21 trillion:cap']],
    // News names bitcoin by its standing, too ("the benchmark cryptocurrency", "the bellwether crypto").
    [
      'The benchmark cryptocurrency passed the milestone of $ 1 trillion in market capitalization.',
      ['$ 1 trillion:cap'],
    ],
    ['The bellwether crypto set a record above $1.3 trillion in market value.', ['$1.3 trillion:cap']],
    // The halving is bitcoin's own event: "the price" in a sentence about it is bitcoin's.
    ['Ether sits at $3,080. The 2020 halving came with the price near $8,600.', ['$8,600:price']],
  ])('%s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });
});

describe('the subject an amount belongs to', () => {
  it.each([
    ['a participle after an object', 'Bitcoin outperformed gold, rising to $61,000.', ['$61,000:price']],
    [
      'asides and clauses',
      'Ether, which has lagged bitcoin, rose to $3,200, while bitcoin hit $61,000.',
      ['$61,000:price'],
    ],
    [
      'a speaker whose title names another subject',
      '"A weekly close above $64,000 would put the record of $73,750 back in play," said Lena Fischer, head of research at a crypto market maker.',
      ['$64,000:price', '$73,750:price'],
    ],
    // A subject in a clause hanging on the amount is the condition's or the place's, not the amount's.
    [
      'a condition after the level',
      '"$60,000 could well mark the bottom for this cycle if the fund outflows dry up."',
      ['$60,000:price'],
    ],
    // A condition set off by commas is an aside: what bitcoin would be "if it were a company" is still bitcoin's.
    [
      'a condition between commas',
      'Among the largest firms by market value, bitcoin, if it were a company, would rank ninth at about $1.7 trillion.',
      ['$1.7 trillion:cap'],
    ],
    ['"trust" as a verb', 'The desk whose notes I trust most has resistance at $75 K.', ['$75 K:price']],
    [
      'a company it falls short of, before "it"',
      "Bitcoin's value is more than Meta's and not far short of Amazon. Many first bought when it was trading at $16.6k.",
      ['$16.6k:price'],
    ],
    [
      'a place described after the level',
      'The desk has resistance at $75 K and then the $80 K region, where a lot of options open interest is parked.',
      ['$75 K:price', '$80 K:price'],
    ],
    [
      'a clause with a verb, not an appositive',
      'At $1.22T, the network is now worth more than Meta, whose market cap stood at $1.1 trillion.',
      ['$1.22T:cap'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it.each([
    ['other coins', 'Ether rose to $3,240 as bitcoin held steady; solana hit $172 and XRP $0.58.'],
    ['other coins, named after the amount', 'Bitcoin was flat, while $3,100 for ether marked a weekly high.'],
    ['other caps', "Ethereum's market capitalization rose to about $390 billion, a third of bitcoin's."],
    ['the whole crypto market', 'The total crypto market cap reached $2.4 trillion as bitcoin rallied.'],
    ["a company's cap", "Bitcoin's rally lifted Nvidia, whose market cap stood at $3 trillion."],
    ["gold's cap", 'Bitcoin is often compared with gold, valued at roughly $16 trillion.'],
    ['gold per ounce', 'Gold hit $2,410 an ounce as bitcoin rose.'],
    ['gold as "the metal"', 'Analysts said the metal could reach $2,600 by year-end, as bitcoin steadied.'],
    ['shares of bitcoin companies', 'Strategy shares fell 6% to $1,370 even as bitcoin rose.'],
    ['bitcoin-company tickers', 'MSTR closed at $1,370 and COIN at $234.'],
    ['ETF shares', 'IBIT shares closed at $34.87.'],
    ['bitcoin cash', 'Bitcoin cash, a 2017 offshoot of bitcoin, rose 3% to $352.'],
    ['an asset named after a dash, not a clause', '$3,482 — Where ether ended the week, up 4%.'],
    ["an asset in the level's own clause", 'A move to $3,500 is likely for ether if bitcoin holds.'],
    ['bitcoin SV by ticker', 'BSV slipped to $48 while bitcoin held steady.'],
    ['a trust', 'The trust closed at $41.20 as bitcoin held steady.'],
    // An appositive naming bitcoin is about the company or coin before it.
    [
      'a long appositive naming bitcoin',
      'Bitcoin cash, an offshoot of bitcoin created in a 2017 split, soared 40 per cent to $230.',
    ],
    [
      'a company described as a bitcoin vehicle',
      'MicroStrategy, the software company that has turned itself into a bitcoin holding vehicle, rose 5% to $395.60.',
    ],
    ['the market an amount qualifies', "Bitcoin's dominance — its share of the $2.3 trillion crypto market — rose."],
    ['sats', 'A coffee costs 6,500 sats, about $4, at a bitcoin price far from its peak.'],
    [
      'a company it is ahead of',
      'Bitcoin is in the neighborhood of Berkshire Hathaway and well ahead of Tesla, at roughly $700 billion.',
    ],
    // Bitcoin together with the rest of the market is the market: "a loss of the whole market".
    [
      'bitcoin and other cryptocurrencies',
      'Bitcoin and other cryptocurrencies lost more than $200 billion in market value along the way.',
    ],
    [
      'all digital currencies',
      'Its rise has made the total value of all digital currencies, now near $600 billion, larger than most companies.',
    ],
    // What a page about bitcoin also prices.
    ['a home price', 'The median home price in the county is about $310,000.'],
    ['a house', 'Her house, which an appraiser valued at $285,000 in 2021, was recently appraised at $240,000.'],
    ['tickets', 'The bitcoin conference in Miami sells early tickets at $399.'],
    ['tuition', "Her 0.5 BTC would barely cover a year's tuition of $40,000."],
    // A company's valuation is not bitcoin's cap.
    ['an exchange valued', 'The exchange was valued at $32 billion in its last funding round.'],
    [
      'a crypto exchange valued',
      'It set a record the day a crypto exchange went public in a listing that valued it at more than $85 billion.',
    ],
  ])('leaves alone %s', (_case, text) => {
    expect(kinds(text, bitcoinPage)).toEqual([]);
  });

  it('reads "bitcoin\'s share of" a total as a part of it, not as stock', () => {
    const text = "The crypto market is valued at about $4.2tn, with bitcoin's share of that total some $2.4tn.";
    expect(kinds(text, bitcoinPage)).toEqual(['$2.4tn:cap']);
    expect(kinds("Bitcoin's share price? Coinbase's shares closed at $250.", bitcoinPage)).toEqual([]);
  });

  it('reads an exchange after "on" as where a price was seen, not what it is the price of', () => {
    expect(kinds('$65,010 on Coinbase. So close to the day’s high.', bitcoinPage)).toEqual(['$65,010:price']);
    expect(kinds('Coinbase shares rose to $250.', bitcoinPage)).toEqual([]);
  });

  it('keeps a speaker named with a title out of what the next sentences are about', () => {
    const text =
      '"The rally is broad," said Nikhil Rao, head of research at a Bengaluru-based crypto exchange. "We see support around $68,500."';
    expect(kinds(text, bitcoinPage)).toEqual(['$68,500:price']);
    const { asides } = findSubjects(text);
    expect(asides.map(([start, end]) => text.slice(start, end))).toContain(
      'said Nikhil Rao, head of research at a Bengaluru-based crypto exchange',
    );
    // A lower-case word after "said" is no name: the aside ends at the comma, as it always has.
    const plain = 'He said bitcoin, at $61,000, was cheap.';
    const spans = findSubjects(plain).asides.map(([start, end]) => plain.slice(start, end));
    expect(spans.some((span) => span.includes('cheap'))).toBe(false);
  });
});

describe('a word that points back', () => {
  it('takes the subject of a sentence that names none from the paragraph or the page', () => {
    expect(kinds('Bitcoin had a rough week. It later fell to $58,000.')).toEqual(['$58,000:price']);
    expect(kinds('The price slipped to $59,800 by Friday.', bitcoinPage)).toEqual(['$59,800:price']);
    expect(kinds('The price slipped to $59,800 by Friday.')).toEqual([]);
    expect(kinds('Ether had a rough week. It later fell to $2,800.', bitcoinPage)).toEqual([]);
  });

  it.each([
    ['"the token" for bitcoin', 'Bitcoin rose 3%. The token traded close to $63,000.', ['$63,000:price']],
    ['"the token" after another coin', 'Solana rose 3%. The token traded close to $172.', []],
    // A headline leaves out "the": "Digital token's", "Token's".
    [
      'a headline\'s "digital token"',
      "Digital token's market value climbs to $1.3tn as US consumer prices rise",
      ['$1.3tn:cap'],
    ],
    ['a headline\'s "Token"', "Token's market value climbs to about $1.42 trillion", ['$1.42 trillion:cap']],
    // The whole network is the coin's, far from today's cap too.
    [
      '"the whole network"',
      'Bitcoin is down again. The market value of the whole network is $97 billion tonight.',
      ['$97 billion:cap'],
    ],
    ['"the whole network" of another coin', 'Ether is down again. The whole network is worth $40 billion.', []],
    // Companies, firms and funds buy and hold; what "it" fell to is the coin's price.
    [
      'a company passed over',
      "Bitcoin has slipped since the company's sale. It fell as low as $47,500 on Sunday.",
      ['$47,500:price'],
    ],
    [
      'a fund passed over',
      'Trustees voted on the fund\'s cap. "We watched it go from $126,000 to under $85,000."',
      ['$126,000:price', '$85,000:price'],
    ],
    // Billions are no coin's price: "it" worth them is the company its sentence names.
    [
      'a company in the sentence worth billions',
      'Bitcoin steadied. The company listed at a valuation of $90 billion; it is now worth closer to $45 billion.',
      [],
    ],
    [
      'a company a sentence before',
      'Rivals trail every listed company. Bitcoin is up, and its market value is nearly $1.9 trillion.',
      ['$1.9 trillion:cap'],
    ],
    // Flows have no price: "the price" after "ETF inflows" is the coin's.
    [
      'a measure passed over',
      'The bank raised its forecast for bitcoin, saying ETF inflows had been strong. It sees the price reaching $250,000.',
      ['$250,000:price'],
    ],
    [
      "bitcoin's own total market value",
      'It means its total market value has topped $2 trillion.',
      ['$2 trillion:cap'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it('reads a ticker "COIN" in a row of tickers as the company, not as "coin" pointing back', () => {
    expect(kinds('COIN $212.50 +3.1%', bitcoinPage)).toEqual([]);
    expect(kinds('Coin price $64,100 +1.2%', bitcoinPage)).toEqual(['$64,100:price']);
  });

  it('reads "a total market value" as what it is given to, not the whole market', () => {
    expect(kinds('Bitcoin costs $9,800. That gives it a total market value of $178 billion.', bitcoinPage)).toEqual([
      '$9,800:price',
      '$178 billion:cap',
    ]);
    expect(kinds('The total market value of all coins is $420 billion.', bitcoinPage)).toEqual([]);
  });

  it('reads "shares" before "his" or "the" as a verb, not as stock', () => {
    const text = 'Not every trader shares that view. "Reclaiming $45,000 is just a relief rally," one said.';
    expect(kinds(text, bitcoinPage)).toEqual(['$45,000:price']);
    expect(kinds('Its shares rose to $45.', bitcoinPage)).toEqual([]);
  });

  it('still reads a named company as what "it" means', () => {
    expect(kinds('Coinbase reported earnings. It closed at $250.', bitcoinPage)).toEqual([]);
  });

  it('reads a subject after "than" and its describing words as compared with, not as what "its" means', () => {
    const text =
      'Bitcoin slid on Monday, yet it fell less than Japanese bank stocks. Its market value held near $1.2trn.';
    expect(kinds(text, bitcoinPage)).toEqual(['$1.2trn:cap']);
    // "than that of" points at the company named next, which owns the amount.
    const meta = "Bitcoin's market value is larger than that of Meta Platforms, which is worth about $1.56 trillion.";
    expect(kinds(meta, bitcoinPage)).toEqual([]);
  });

  it('reads what a pronoun "said" as the main clause, not as an aside', () => {
    const text = "He said bitcoin's market value, now about $1.34 trillion, was bigger than the local stock market.";
    expect(kinds(text, figures)).toEqual(['$1.34 trillion:cap']);
    const aside = 'Stocks fell, said an analyst at a bank, and bitcoin held at $61,000.';
    expect(kinds(aside, figures)).toEqual(['$61,000:price']);
  });

  it("reads a firm's forecast level as the page's coin, and what it owns as its own", () => {
    const text = 'The firm sees resistance building near $100,000, where many coins last changed hands.';
    expect(kinds(text, bitcoinPage)).toEqual(['$100,000:price']);
    expect(kinds('The firm expects revenue of $100,000 this year.', bitcoinPage)).toEqual([]);
    expect(kinds('The firm bought a house near $100,000.', bitcoinPage)).toEqual([]);
  });

  it("reads a forecasts table's target as the page's coin, whichever firm's row it sits in", () => {
    expect(kinds('Firm: Bernstein\u2063Target: $200,000\u2063By: end-2025', bitcoinPage)).toEqual(['$200,000:price']);
    expect(kinds('Bank: a broker (model)\u2063Year-end target: US$170,000', bitcoinPage)).toEqual(['US$170,000:price']);
    // Without the target, a firm's figure in its row stays the firm's.
    expect(kinds('Firm: Bernstein\u2063Price: $200,000', bitcoinPage)).toEqual([]);
  });

  it('passes over funds called exchange-traded when "the price" points back', () => {
    const text = 'The approval of spot exchange-traded funds helped lift the price to $73,750 in March.';
    expect(kinds(text, bitcoinPage)).toEqual(['$73,750:price']);
    expect(
      kinds('Gold rallied after exchange-traded funds bought more; the price rose to $2,400.', bitcoinPage),
    ).toEqual([]);
  });

  it('reads bitcoin taken as payment as the means, not the subject', () => {
    const text = 'The gallery will carry a reserve of $30,000 for the lot and accept payment in bitcoin.';
    expect(kinds(text, figures)).toEqual([]);
    expect(kinds('The lot was paid for in bitcoin; its buyer premium came to $1,160,000.', figures)).toEqual([]);
    expect(kinds('The shop takes bitcoin, which traded near $30,000.', figures)).toEqual(['$30,000:price']);
  });

  it('reads the total of all digital money as the whole market, not bitcoin', () => {
    const text = 'The total value of all digital money together is now about $2.6 trillion.';
    expect(kinds(text, bitcoinPage)).toEqual([]);
    expect(kinds('The total value of all bitcoin is now about $1.2 trillion.', bitcoinPage)).toEqual([
      '$1.2 trillion:cap',
    ]);
  });

  it("reads a fund manager as a person, not a fund, and a coin's name after holdings as the coin", () => {
    expect(kinds('A fund manager said traders were now watching US$70,000.', bitcoinPage)).toEqual(['US$70,000:price']);
    expect(kinds('The fund said its assets were now worth $70,000.', bitcoinPage)).toEqual([]);
    const holdings =
      "The government's bitcoin holdings swung to a profit of $85 million after the cryptocurrency climbed above $68,000.";
    expect(kinds(holdings, bitcoinPage)).toEqual(['$68,000:price']);
  });
});

describe('sentences ended by a reference mark', () => {
  it('starts a new sentence after "2024.[10]", so funds in the one before are passed over', () => {
    const text =
      'Funds called exchange-traded drew money in 2024.[10] It passed $100 K in December, when the network was valued at $2.5 tn.[11]';
    expect(kinds(text, bitcoinPage)).toEqual(['$100 K:price', '$2.5 tn:cap']);
  });
});

describe('pairs in a ticker', () => {
  it("reads a price quoted in a stablecoin as bitcoin's, and leaves the next pair its own", () => {
    expect(kinds('BTC/USDT $109,240 ETH/USDT $4,390', figures)).toEqual(['$109,240:price']);
    const fill = 'The largest fill was a buy of 140 BTC on the BTC/USDC pair, executed at an average of $111,480.';
    expect(kinds(fill, figures)).toEqual(['$111,480:price']);
    expect(kinds('The exchange paid out $3,000 in USDC, at $1 each.', figures)).toEqual([]);
  });
});

describe('a clause describing the noun before it', () => {
  it('reads a sum in ", which is worth" as that of a company it does not know', () => {
    const text =
      "Bitcoin's market value of €1.3 trillion is larger than ASML's, which is worth about €350 billion, or more.";
    expect(kinds(text, { ...figures, rates: { EUR: 0.92 } })).toEqual(['€1.3 trillion:cap']);
    const own = 'The network, which is worth about $1.2 trillion, is larger than Meta.';
    expect(kinds(own, bitcoinPage)).toEqual(['$1.2 trillion:cap']);
    const level = 'Traders watch the 2019 peak, which was $13,880 then, as the level to beat.';
    expect(kinds(level, bitcoinPage)).toEqual(['$13,880:price']);
  });
});

describe('the whole market', () => {
  it('is no subject of bitcoin\'s, named as "the whole crypto market" or "all of crypto"', () => {
    expect(kinds('The whole crypto market is now worth $3.05 trillion.', bitcoinPage)).toEqual([]);
    // "vs" ends a clause: each side of the comparison keeps its own subject.
    expect(kinds('Market cap check: $1.9T for BTC vs $3.2T for all of crypto.', bitcoinPage)).toEqual(['$1.9T:cap']);
  });

  it('leaves a headline\'s exchange its own valuation ("Exchange valued at $86bn")', () => {
    expect(kinds('Exchange valued at $86bn', bitcoinPage)).toEqual([]);
    expect(kinds('Market valued at $1.2 trillion', bitcoinPage)).toEqual(['$1.2 trillion:cap']);
  });
});

describe('halving as a verb', () => {
  it('is no mark of bitcoin ("halving the supply")', () => {
    expect(kinds('Ether sits at $3,080. Halving the supply pushed the price near $3,400.', figures)).toEqual([]);
  });
});

describe('a paragraph of plain text', () => {
  it('reads prose after a blank line with the page, not with a row of another coin above it', () => {
    const text = 'LTC  $326   +1.4%\n\n Traders see a slide back to the $15,000 area.';
    expect(kinds(text, bitcoinPage)).toEqual(['$15,000:price']);
    // Within one paragraph the coin named last is still the subject.
    expect(kinds('LTC $326. Traders see a slide back to the $250 area.', bitcoinPage)).toEqual([]);
  });
});
