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
