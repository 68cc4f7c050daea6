// Amounts of bitcoin: each way news writes one, with the note a reader sees (what it is worth today, in
// the user's currency, and its share of the supply or its size in sats), and what only looks like one.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/core/detect';

const rates = { EUR: 0.92, GBP: 0.79, JPY: 155, CAD: 1.38, AUD: 1.52, CHF: 0.88 };
const figures = { priceUsd: 61_234.5, supplyBtc: 19_953_128.125, rates };

const quantities = (text: string, options: Parameters<typeof findMentions>[1] = figures) =>
  findMentions(text, options)
    .filter((m) => m.kind === 'quantity')
    .map(({ text: amount, value, note }) => `${amount}:${value}:${note}`);

describe('an amount of bitcoin', () => {
  it.each([
    ['Strategy now holds 252,220 BTC.', '252,220 BTC:252220:≈ $15.4B · 1.26% of supply'],
    ['Miners sold 11,000 bitcoin last week.', '11,000 bitcoin:11000:≈ $674M · 0.0551% of supply'],
    ['A dormant wallet moved 3,500 BTC on Sunday.', '3,500 BTC:3500:≈ $214M · 0.0175% of supply'],
    ['He bought 0.5 BTC in 2017.', '0.5 BTC:0.5:≈ $30.6K · 50M sats'],
    ['The faucet paid out 0.0005 BTC a day.', '0.0005 BTC:0.0005:≈ $30.6 · 50K sats'],
    ['The fund holds 1.1 million bitcoin.', '1.1 million bitcoin:1100000:≈ $67.4B · 5.51% of supply'],
    ['Exchanges lost 40k BTC in a month.', '40k BTC:40000:≈ $2.45B · 0.2% of supply'],
    ['The treasury firm added 4,000 more bitcoin.', '4,000 more bitcoin:4000:≈ $245M · 0.02% of supply'],
    ['Its reserve is ₿12,000 now.', '₿12,000:12000:≈ $735M · 0.0601% of supply'],
    ['About 2.5 bitcoins changed hands.', '2.5 bitcoins:2.5:≈ $153K · 0.0000125% of supply'],
    ['A 5,000 BTC wallet woke up.', '5,000 BTC:5000:≈ $306M · 0.0251% of supply'],
    ['Most hold the 2,000 or so bitcoin they bought.', '2,000 or so bitcoin:2000:≈ $122M · 0.01% of supply'],
    // Sats are hundred-millionths of a coin.
    ['She stacks 50,000 sats a day and paid 119,000 satoshis in all.', '50,000 sats:0.0005:≈ $30.6 · 50K sats'],
    ['Outflows reached 12.500 BTC, or 12,5 BTC by another count.', '12,5 BTC:12.5:≈ $765K · 0.0000626% of supply'],
    ['I bought 0.35 of a bitcoin last year.', '0.35 of a bitcoin:0.35:≈ $21.4K · 35M sats'],
    // A millibitcoin is a thousandth of a coin.
    ['A family-size pie costs 5 mBTC.', '5 mBTC:0.005:≈ $306 · 500K sats'],
  ])('%s', (text, expected) => {
    expect(quantities(text)).toContain(expected);
  });

  it("is worth its value in the user's currency when there is a rate for it, else in dollars", () => {
    const text = 'Strategy now holds 252,220 BTC.';
    expect(quantities(text, { ...figures, currency: 'GBP' })).toEqual([
      '252,220 BTC:252220:≈ £12.2B · 1.26% of supply',
    ]);
    expect(quantities(text, { ...figures, currency: 'JPY' })).toEqual([
      '252,220 BTC:252220:≈ ¥2.39T · 1.26% of supply',
    ]);
    expect(quantities(text, { ...figures, currency: 'GBP', rates: {} })).toEqual([
      '252,220 BTC:252220:≈ $15.4B · 1.26% of supply',
    ]);
  });

  it("carries its worth in US dollars at today's price", () => {
    const [mention] = findMentions('Strategy now holds 252,220 BTC.', figures);
    expect(mention).toMatchObject({ kind: 'quantity', value: 252_220, start: 19, end: 30 });
    expect(mention.usd).toBeCloseTo(252_220 * 61_234.5, 0);
  });

  it('sits beside the prices of the same sentence, in the order of the text', () => {
    const text = 'Strategy bought 11,000 bitcoin as bitcoin rose to $61,000.';
    expect(findMentions(text, figures).map((m) => `${m.text}:${m.kind}`)).toEqual([
      '11,000 bitcoin:quantity',
      '$61,000:price',
    ]);
  });
});

describe('in a sentence that names fees or the supply', () => {
  it.each([
    [
      'fees paid in money, not in bitcoin',
      "The firm bought 2,400 bitcoin for $250 million, inclusive of fees, and sold 30 BTC for a client's school fees.",
      ['2,400 bitcoin:2400:≈ $147M · 0.012% of supply', '30 BTC:30:≈ $1.84M · 0.00015% of supply'],
    ],
    [
      'the coins mined so far',
      'About 19.7 million BTC have been mined.',
      ['19.7 million BTC:19700000:≈ $1.21T · 98.7% of supply'],
    ],
    // A reward named in another clause of the sentence is no reason to drop an amount bought or moved.
    [
      'coins bought beside a reward per block',
      'The network now issues 3.125 BTC per block, and treasury firms bought about 240,000 BTC last year.',
      ['240,000 BTC:240000:≈ $14.7B · 1.2% of supply'],
    ],
  ])('counts %s', (_case, text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
});

describe('a round amount that is not a subsidy', () => {
  it('gets its note in a paragraph about halvings when it is no subsidy of any era', () => {
    expect(quantities('After the halving, miners sold 3,000 BTC. In April it fell to 3.125 BTC.')).toEqual([
      '3,000 BTC:3000:≈ $184M · 0.015% of supply',
    ]);
  });
});

describe('left alone as an amount of bitcoin', () => {
  it.each([
    ['one coin as a unit', '1 BTC = $61,000 on most exchanges; 1 bitcoin buys a car.'],
    ['the supply cap', 'Only 21 million bitcoin will ever exist.'],
    ['a block reward', 'Miners now earn 3.125 BTC per block.'],
    ['a reward cut in a halving', 'The halving cut the block reward from 6.25 BTC to 3.125 BTC.'],
    ['a subsidy', 'The subsidy is 3.125 bitcoin for every block found.'],
    ['a subsidy a miner wins', 'The machines run all day in the hope of winning 3.125 bitcoin each time.'],
    ['a subsidy named a sentence earlier', 'The halving cut what miners earn. In April it fell to 3.125 BTC.'],
    ['a fee', 'A user paid 83 BTC in fees for one transaction.'],
    ['a subsidy released every ten minutes', 'New coins are issued at 25 bitcoins every 10 minutes.'],
    ['other coins', 'The wallet also held 10,000 ETH and 2,000 SOL.'],
    ["a currency pair's rate in a ticker", 'STI 3,741 +0.3% USD/SGD 1.3412 BTC US$97,480 +2.2%'],
    ['counts of funds', 'The 11 bitcoin ETFs drew inflows, as did 3 bitcoin miners and 12 bitcoin treasury companies.'],
    ['counts of wallets and holders', 'About 500 bitcoin wallets hold more than the top 100 bitcoin holders.'],
    ['a year before the word', 'In 2024 bitcoin rallied, and 2025 BTC forecasts rose.'],
    ['a date before the word', 'On March 12 bitcoin fell, and by Jan. 5 bitcoin had recovered.'],
    ['a block height', 'At block 840,000 bitcoin halved again.'],
    ['a possessive', "It was 2017 bitcoin's best year."],
    ['money written before the word', 'A $5 bitcoin gift card, or US$ 5,000 bitcoin voucher.'],
    ['a trading pair', 'The 61,000 BTC/USD level held.'],
    ['a fee rate in sats', 'The median fee rate was 4 sats/vB.'],
    ['wrapped bitcoin', 'The vault holds 10,000 WBTC and 500 cbBTC.'],
    ['bitcoin cash', 'He sold 50 bitcoin cash last year.'],
  ])('%s', (_case, text) => {
    expect(quantities(text)).toEqual([]);
  });
});
