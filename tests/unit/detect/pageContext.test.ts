// pageContext.ts: whether a page is about bitcoin, which settles sentences that name no subject of their own.
import { describe, expect, it } from 'vitest';
import { describePage, findMentions } from '../../../src/core/detect';
import { figures, kinds } from './kinds';

describe('a page about bitcoin', () => {
  it('counts flows, liquidations and volumes as measures of bitcoin, not as other subjects of a page', () => {
    const page = describePage(
      'Bitcoin longs wiped out as $1.1 billion in liquidations hit crypto markets. Bitcoin longs wiped out as liquidations hit crypto markets. A sell-off sent bitcoin tumbling.',
    );
    expect(page.aboutBitcoin).toBe(true);
    expect(
      describePage('Ether ETF inflows top $1 billion as ether outpaces bitcoin. Ether rallies.').aboutBitcoin,
    ).toBe(false);
  });

  it('takes the subject a headline names first, however many funds the story names after it', () => {
    const story =
      'Bitcoin climbed as investors poured money into exchange-traded funds, trusts and ETFs holding the token.';
    expect(describePage(`Bitcoin tops 2021 peak to set record as ETF demand swells. ${story}`).aboutBitcoin).toBe(true);
    expect(describePage('Stocks, funds and ETFs rally; bitcoin and bitcoin miners lag.').aboutBitcoin).toBe(false);
  });

  // A newsletter of quotes or a podcast transcript names the coin once in its opening, then talks levels.
  it('is one that names bitcoin first and once, and nothing else', () => {
    expect(
      describePage(
        'After the flush: five people, five levels. Good morning. Two weeks ago bitcoin printed its all-time high.',
      ).aboutBitcoin,
    ).toBe(true);
    expect(describePage('Home prices cool. A buyer paid in bitcoin; mortgage rates stay high.').aboutBitcoin).toBe(
      false,
    );
    expect(describePage('Ether rallies as bitcoin lags.').aboutBitcoin).toBe(false);
    expect(describePage('Mortgage rates stay high.').aboutBitcoin).toBe(false);
  });
});

describe('a page about sats', () => {
  it('is about bitcoin: sats are its unit', () => {
    expect(describePage('The Sunday Sats #104: A record, a wobble. Bitcoin printed a fresh high.').aboutBitcoin).toBe(
      true,
    );
    expect(describePage('The Sunday Stocks #104: A record, a wobble. Bitcoin printed a fresh high.').aboutBitcoin).toBe(
      false,
    );
  });
});

describe("a page about bitcoin's funds", () => {
  it('is about bitcoin: "bitcoin ETFs" name the coin they hold, "bitcoin cash" another coin', () => {
    const opening = 'Spot bitcoin ETFs open with $4.6 billion in volume. The first funds to hold bitcoin traded.';
    expect(describePage(`${opening} Exchange-traded funds drew buyers.`).aboutBitcoin).toBe(true);
    expect(describePage('Bitcoin cash funds open. Exchange-traded funds and stocks drew buyers.').aboutBitcoin).toBe(
      false,
    );
  });
});

describe('a page named for the halving', () => {
  it('is about bitcoin: the halving is its own event, even when funds are named before the coin', () => {
    const opening = 'Episode 42 | After the Halving. Hosts on funds and ETFs, with the week in review. Welcome back.';
    expect(describePage(opening).aboutBitcoin).toBe(true);
    expect(describePage(opening.replace('Halving', 'Bell')).aboutBitcoin).toBe(false);
  });
});

// The summary is the opening, a form feed, then the body's paragraphs (pageSummary in src/content/textBlocks.ts).
describe('a page whose opening does not settle its subject', () => {
  const level = (summary: string) =>
    kinds('The next floor is $42,000.', { ...figures, pageContext: describePage(summary) });

  it('is about bitcoin when its body talks bitcoin: a forum digest of thread titles', () => {
    const opening = 'Best of the trading board, week 12. Q: "Is this the floor?" Q: "Which wallet do you use?"';
    const body =
      'I stack 20,000 sats a day. The block reward pays the miners. Sold 0.4 BTC at the top. Ether is dead money.';
    expect(level(`${opening}\f${body}`)).toEqual(['$42,000:price']);
    // The same titles over a board about ether and gold: no level there is bitcoin's.
    expect(
      level(`${opening}\fEther gas is cheap. I hold 3 ETH and some gold. Ether holders are calm. Bitcoin lags.`),
    ).toEqual([]);
  });

  it('is about bitcoin for a newsletter whose opening is its name, a date and a notice', () => {
    const opening = 'The Ledger Letter #88. Sunday, March 3, 2024. Not investment advice.';
    const body = 'Bitcoin closed the week flat. Funds bought 4,200 BTC. Bitcoin miners sold less. Ether lagged.';
    expect(level(`${opening}\f${body}`)).toEqual(['$42,000:price']);
    // Funds and companies are a bitcoin story's actors, not its rivals: they do not outvote the coin.
    expect(level(`${opening}\f${body} Funds, ETFs, companies and firms bought stock.`)).toEqual(['$42,000:price']);
  });

  it('is about bitcoin for a markets roundup whose body gives bitcoin a section', () => {
    const opening = 'Markets wrap: oil slips, gold steady';
    const body =
      'Oil fell 1%. Gold was flat. Bitcoin: the coin slid 3%. Bitcoin funds took in 5,000 BTC. Traders watch bitcoin.';
    expect(level(`${opening}\f${body}`)).toEqual(['$42,000:price']);
    // A roundup that names bitcoin once among oil, gold and the indexes is not about it.
    expect(level(`${opening}\fOil fell 1%. Gold was flat. The S&P 500 and the Nasdaq rose. Bitcoin slid.`)).toEqual([]);
  });

  it('is not about bitcoin for a page about ether that names bitcoin once or compares with it', () => {
    const opening = 'Ether tops $4,000 as the upgrade nears';
    const body = 'Ether rallied 6% as ETH funds filled. Ether staking rose. Solana and XRP followed.';
    expect(level(`${opening}\f${body} Bitcoin lagged.`)).toEqual([]);
    expect(level(`${opening}\f${body} Bitcoin lagged; 2 BTC moved; bitcoin rose. Ether gas fell.`)).toEqual([]);
    // An opening that names bitcoin twice or more decides alone, whatever the body says.
    const bitcoinTalk = 'Bitcoin slid. Whales sold 900 BTC. Bitcoin miners sold 40 BTC. Bitcoin held.';
    expect(
      describePage(`Ether vs bitcoin: ether wins as bitcoin lags and ether rallies.\f${bitcoinTalk}`).aboutBitcoin,
    ).toBe(false);
    expect(describePage(`Ether rallies\f${bitcoinTalk}`).aboutBitcoin).toBe(true);
  });
});

describe('a page that is not about bitcoin', () => {
  it('does not touch amounts on it', () => {
    const pageContext = describePage('Home prices cool as mortgage rates stay high. Median price $407,600.');
    expect(pageContext.aboutBitcoin).toBe(false);
    expect(findMentions('Prices reached $420,000 in May.', { ...figures, pageContext })).toEqual([]);
  });

  it.each([
    ['a page with no bitcoin', 'The median home sold for $407,600, and prices could rise to $420,000.'],
    ['a quote without a subject, off a bitcoin page', 'The price rose to $61,000 on Friday.'],
  ])('leaves alone %s', (_case, text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe("a page's date", () => {
  it.each([
    ['Bitcoin plunges after hitting $266. Wed Apr 10, 2013 7:02pm EDT', true],
    ['Column: bitcoin looks for a floor. By Gregory Lattimer · April 14, 2014', true],
    ['Bitcoin slides. 14 April 2014', true],
    ['Bitcoin at 15: ten price moments. Mar 17, 2024 · by Gil Ashworth', false],
    // A year without a day is history the page tells, not its date.
    ['Bitcoin at 15. The first block was mined in January 2009.', false],
  ])('is old before 2017: %s', (summary, old) => {
    expect(describePage(summary).old).toBe(old);
  });
});
