// phrases.ts: the words right around an amount that say what kind of figure it is, whatever its subject.
import { describe, expect, it } from 'vitest';
import { isChange, isMeasure, mentionsLevel, namedUnit } from '../../../src/core/detect/phrases';
import { bitcoinPage, figures, kinds } from './kinds';

describe('changes and gaps between levels', () => {
  it.each([
    ['a change', 'Bitcoin rose $2,000 on the day and is up $5,500 this week.'],
    ['a drop named after it', 'Bitcoin suffered a $3,100 drop in one hour.'],
    ['a signed change', 'Bitcoin: -$1,200 on the day.'],
    ['a wiped value', 'The sell-off wiped $200 billion off bitcoin.'],
    ['a hedged sum erased', 'The slide has erased more than $1.5 trillion from bitcoin since its peak.'],
    ['a hedged change named after it', 'Bitcoin printed a swing of just over $1,100 overnight.'],
    ['a change of "over" a sum', 'Bitcoin fell over $2,000 in an hour.'],
    ['"as much as"', 'Bitcoin fell as much as $4,000 in a single session last week.'],
    ['a gap above what it fetched', 'Bitcoin traded nearly $11,000 above what it fetched a year ago.'],
    ['the width of a range', 'Bitcoin traded in a range a little over $3,300 wide.'],
    ['a value wiped named after it', 'Since the peak, some $650 billion has been wiped from bitcoin.'],
    ['a "-plus" fall', 'Bitcoin suffered a $400-plus fall in hours.'],
    ['the spread between two levels', 'The spread between the highest and lowest bitcoin target, $90,000, is wide.'],
    ['a sum someone is better off', 'If bitcoin doubled, his pension would be $5,400 better off.'],
  ])('leaves alone %s', (_case, text) => {
    expect(kinds(text, bitcoinPage)).toEqual([]);
  });

  it('reads a level after the change', () => {
    expect(kinds('Bitcoin rose $2,000 to $57,300.')).toEqual(['$57,300:price']);
    expect(kinds('Bitcoin could rise to as much as $100,000 next year.')).toEqual(['$100,000:price']);
    expect(isChange('fell as much as ', '', 4_000, figures.priceUsd)).toBe(true);
    expect(isChange('fell as low as ', '', 47_500, figures.priceUsd)).toBe(false);
    // A level lost: for the first time, or on a close.
    expect(kinds('Bitcoin lost $30,000 on Monday for the first time since July.')).toEqual(['$30,000:price']);
    expect(kinds('"If bitcoin loses $52,000 on a daily close, I am out."')).toEqual(['$52,000:price']);
    expect(kinds('Bitcoin lost $3,000 on Monday.')).toEqual([]);
  });
});

describe('money moved, earned, held or lost', () => {
  it.each([
    ['ETF inflows', 'Spot bitcoin ETFs took in $486 million on Tuesday.'],
    ['ETF assets', 'Bitcoin ETFs now hold more than $58 billion in assets.'],
    ['liquidations', 'Bitcoin slid, and long positions worth $820 million were liquidated.'],
    ['bitcoin liquidations at a cap-like size', 'Bitcoin liquidations hit a record $19 billion in October.'],
    ['miner revenue', 'Bitcoin miners earned $28 million in revenue on Saturday.'],
    ['hashprice', "Bitcoin's hashprice fell to $45 per petahash per second."],
    ['fees', 'Bitcoin fees spiked to $128 during the frenzy.'],
    ['money put into bitcoin', 'She put $10,000 into bitcoin in 2015 and bought $5,000 worth of bitcoin last year.'],
    ['volume', 'Bitcoin trading volume reached $50 billion.'],
    ['open interest', 'Bitcoin futures open interest climbed to $80 billion.'],
    ['realized cap', "Bitcoin's realized cap, which values each coin at its last move, stands near $620 billion."],
    ['a bitcoin holding', 'The company holds 226,331 bitcoin, worth about $13.9 billion.'],
    ['a charge', 'A CPA might charge $400 or more for a return with heavy trading in bitcoin.'],
    [
      'money received',
      'Bitcoin was near its high when you sold, and you would have received about $34,000 before fees.',
    ],
    // Money held in an account, as margin or collateral, or saved.
    ['equity', 'A broker was asking for $50,000 in minimum account equity before it would let customers trade.'],
    ['savings', 'She put $4000 of her savings into bitcoin in February.'],
    ['a holding of a sum', 'Bitcoin ETF fees come to $59 a year on a $10,000 holding.'],
    ['a portfolio and a share of it', 'On a $1.2 million portfolio, 3% is $36,000, about half a bitcoin.'],
    ['a sum a premium came to', "The buyer's premium on the bitcoin lot alone came to $1,160,000."],
    ['returns by the day', 'An advert promised bitcoin returns of $1,000 a day from a trading robot.'],
    // A floor on an account's size is money held, not a level the coin reaches.
    ['a minimum', 'Bitcoin suits portfolios above our $250,000 minimum, at 2% or less.'],
    ['a balance', '"If you\'ve got a $50,000 KiwiSaver balance, you shouldn\'t be buying bitcoin," she said.'],
    ['money earned', 'The site earned $910,000 last month, when bitcoin traded lower.'],
    ['a fine', 'Bitcoin miners were fined $5,000 for the noise.'],
    ['money put in', "Buying $100 a week since 2019, you've put in about $11,800 and own some bitcoin."],
    ['a limit on money', 'A bill would cap daily deposits at bitcoin kiosks at $2,000.'],
    // Public money: a package, a stimulus, payments "of up to" a sum, which is no level.
    ['a relief package', 'Bitcoin rallied after the president signed a $1.9 trillion relief package into law.'],
    [
      'payments of up to a sum',
      'Bitcoin rallied on a law that includes direct payments of up to $1,400 for most adults.',
    ],
    ['cheques', 'Bitcoin climbed as $1,200 cheques reached households.'],
    // A household's or a company's stock of money or coins, and what it owes.
    ['a stockpile', "At today's price, the company's bitcoin stockpile is worth more than $52bn."],
    ['a mortgage', 'Bitcoin or not, they still carry a $240,000 mortgage.'],
  ])('leaves alone %s', (_case, text) => {
    expect(kinds(text, bitcoinPage)).toEqual([]);
  });

  it('reads a range by its second half ("$15 to $40 in fees")', () => {
    expect(isMeasure('so call it ', ' to $40 in fees', false)).toBe(true);
    expect(isMeasure('it traded ', ' to $64,000 in hours', true)).toBe(false);
  });

  it('reads a level in a purchase clause as a price', () => {
    expect(kinds('The company bought 9,620 bitcoin at an average price of $89,430 U.S., it said.')).toEqual([
      '$89,430 U.S.:price',
    ]);
    expect(isMeasure('The company bought 9,620 bitcoin at an average price of ', ' U.S.', true)).toBe(false);
    expect(isMeasure('The company bought 9,620 bitcoin for ', '', true)).toBe(true);
    // A peak, high or low "of" a sum is a level, whatever was bought at it.
    expect(kinds('Anyone who bought bitcoin at the 2021 high of $69,000 waited years.')).toEqual(['$69,000:price']);
  });

  it('reads what a speaker will do at a level as a new clause, not a purchase of the sum', () => {
    expect(kinds('"If bitcoin goes to $20,000 I buy more, and at $60,000 I\'ll sell a little."')).toEqual([
      '$20,000:price',
      '$60,000:price',
    ]);
    expect(kinds('Bitcoin fans spent $20,000 buying more.', bitcoinPage)).toEqual([]);
  });

  it('reads a sum "a day from" a source as pay, and one "a year from now" as a level at a date', () => {
    expect(kinds('Bitcoin bots promise $1,000 a day from trading.', bitcoinPage)).toEqual([]);
    expect(kinds('Bitcoin could cost $5,000 a year from now.', bitcoinPage)).toEqual(['$5,000:price']);
  });
});

describe('the unit an amount is for', () => {
  it.each([
    ['The fund paid an average of $65,883 per bitcoin.', ['$65,883:price']],
    ['On the exchange the ticker read ₿1 = $55,300 at noon.', ['$55,300:price']],
    ['Buying 1 BTC ($61,000) is out of reach for many.', ['$61,000:price']],
    ['At $61,000, those 3.18 bitcoin are worth about $194,000.', ['$61,000:price']],
    ['The miner said its cost to produce one bitcoin is now around $52,000 U.S.', ['$52,000 U.S.:price']],
    // One coin named last is the unit, past the coins counted earlier in the sentence.
    ['He sold his 10,000 BTC within a few months, when a coin was worth around $0.08.', ['$0.08:price']],
    // What bitcoin "sold for" is its price; coins counted before it are a sale.
    ['A year ago bitcoin sold for nearly $20k.', ['$20k:price']],
    ['The fund sold 2,000 bitcoin for $120 million.', []],
    // What a quantity cost, named after the sum or before it with "for".
    ['Your total cost for bitcoin is $57,600 for 0.8 BTC.', []],
    ['You bought another 0.3 BTC in November 2021 for $24,600.', []],
    // "each" after the sum is per coin all the same.
    ['She bought 2 bitcoin in 2016 for about $900 each.', ['$900:price']],
    // Who bears the cost may stand between "cost" and "to produce".
    ['The all-in cost for a mid-sized public miner to produce one coin is roughly $48,000.', ['$48,000:price']],
    // After coins counted in the sentence, "each" or "apiece" is per coin, whoever bought them.
    [
      'Redrock Digital, a bitcoin miner, bought 410 bitcoin in the quarter, paying about $26,150 each.',
      ['$26,150:price'],
    ],
    ['At one auction, a venture capitalist bought 30,000 coins for about $350 apiece.', ['$350:price']],
    // Coins counted early in a long sentence still make "each" per coin.
    [
      'Halden Insurance, a listed company, said it bought 8,200 bitcoin for $410 million in cash between January and the end of June, paying roughly $50,000 each.',
      ['$50,000:price'],
    ],
    ['By April a single coin fetched about $4,100.', ['$4,100:price']],
    ['A listed miner said its cost to mine a coin was roughly $26,000.', ['$26,000:price']],
    ['Few first-time buyers can afford a whole coin at US$61,000.', ['US$61,000:price']],
    // A converter's row (its cells apart): what a holding is worth, after a colon.
    ['You hold: 0.05 BTC\u2063Worth: $3,100', []],
    ["He still holds 0.3 BTC. That's $63,000 a coin, and it's worth $18,900.", ['$63,000:price']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // What buyers paid on average is a coin's price, whoever the buyers were: funds and companies are passed
  // over for what they bought, and so are the flows that paid for it.
  it.each([
    [
      'Buyers of the spot funds, which have drawn about $33 billion of net inflows, got in at an average of roughly $62,000.',
      ['$62,000:price'],
    ],
    [
      'The company now holds 252,220 BTC, bought for a combined $9.9 billion at an average cost of $39,266 each.',
      ['$39,266:price'],
    ],
    [
      'The miner bought 1,500 bitcoin in September for a total of about $39.6 million, for an average $26,412 each.',
      ['$26,412:price'],
    ],
    ['Direct holdings: 540 BTC, average cost $91,240', ['$91,240:price']],
    // A treasury company named as the buyer, and a miner named as the producer, are passed over.
    ["Back then, MicroStrategy's average cost was about $28,400.", ['$28,400:price']],
    [
      'Listed miners say the cost to produce a coin will climb to about $48,000, from about $24,000.',
      ['$48,000:price', '$24,000:price'],
    ],
    [
      "The miners' costs are rising. At $45K most are fine; below $38,000 many are not.",
      ['$45K:price', '$38,000:price'],
    ],
    // Per coin whoever paid it, when the coins follow the sum; an average for shares stays the company's.
    ['Tesla paid an average of around $34,700 for its coins in February.', ['$34,700:price']],
    ['Tesla paid an average of around $340 for its shares in February.', []],
  ])('an average purchase price: %s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it.each([
    [
      'Divide realized cap by supply and you get the realized price: roughly $31,200, the average price at which every coin last changed hands.',
      ['$31,200:price'],
    ],
    ['The long-term holders, whose cost basis is closer to $21,000, are not selling.', ['$21,000:price']],
    [
      'The short-term holder realized price, what coins that moved in the last 155 days were acquired for, sits near $62,900.',
      ['$62,900:price'],
    ],
  ])('what holders paid, named before the amount: %s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it('reads the average price of a period as a price, past the exchange the coins came from', () => {
    const text =
      'A wallet received 12,500 bitcoin from a Coinbase custody account. At the average price of the period, roughly $33,800, that is about $420 million.';
    expect(kinds(text, bitcoinPage)).toEqual(['$33,800:price']);
    // An exchange named before a sum of billions still owns it.
    const valued = 'Investors valued the exchange at $32 billion. On Friday it listed liabilities of $50 billion.';
    expect(kinds(valued, bitcoinPage)).toEqual([]);
    // A level with no subject after a sentence about an exchange is the coin's, but "It" after one is the exchange.
    const level = 'The exchange is demanding margin of 35%. One desk was watching the $20,000 level.';
    expect(kinds(level, bitcoinPage)).toEqual(['$20,000:price']);
    expect(kinds('Coinbase reported earnings. It closed at $250.', bitcoinPage)).toEqual([]);
  });

  it('reads a purchase price as a price, and a purchase as money spent', () => {
    expect(kinds('Keep records of the £14,200 purchase price.', { ...bitcoinPage, rates: { GBP: 0.79 } })).toEqual([
      '£14,200:price',
    ]);
    expect(kinds('The firm made a $14,200 purchase last week.', bitcoinPage)).toEqual([]);
  });

  it('reads the level a buyer bought at as the price of what it buys, past the buyer', () => {
    const text = 'He said the company had bought at $70,000 and would buy at $150,000 if shareholders agreed.';
    expect(kinds(text, bitcoinPage)).toEqual(['$70,000:price', '$150,000:price']);
    expect(kinds('The fund bought Nvidia shares at $410.', bitcoinPage)).toEqual([]);
  });

  it('leaves alone an average paid for shares, or for coins off a bitcoin page', () => {
    expect(kinds('The fund bought Nvidia shares at an average price of $410.', bitcoinPage)).toEqual([]);
    expect(kinds('Buyers of the spot funds got in at an average of roughly $62,000.')).toEqual([]);
    expect(kinds('The average price of a home in the county is $410,000.', bitcoinPage)).toEqual([]);
  });

  it.each([
    ['the value of a quantity', 'The transfer cost 0.04 BTC ($2,360) in fees; he sold 2.5 bitcoin, or $150,000.'],
    ['a quantity, then its value', 'You would have got about 0.0508 BTC, worth around $3,100 today.'],
    ['shares bought "each"', 'The fund bought 1,000 shares at $400 each.'],
    ['a quantity, or a little under its value', 'The average holding is 0.08 BTC, or a little under $5,000.'],
    ['a quantity, then roughly its value', 'A typical order was 0.02 BTC, roughly $1,300, on the app.'],
    ["margin per coin's worth", "Brokers asked for margin of about $3,000 per coin's worth of futures."],
    ['a fraction of a coin after a dash', 'Holding 0.1 BTC — about $6,100 — puts you ahead of most holders.'],
    ['what a fraction of a coin costs', 'A tenth of a coin, 0.1 BTC, now costs about $6,100.'],
    ['the value of millions of coins held', 'Spot funds now hold 1.2 million BTC, worth over $75 billion.'],
    [
      'what a holding named a sentence before is worth',
      'He bought 0.3 BTC for his niece in 2019. "I paid $2,500 for it. Today it\'s worth $19,000."',
    ],
    ['a rate per sum', 'The broker charges $5 per $1,000 traded on bitcoin.'],
  ])('leaves alone %s', (_case, text) => {
    expect(kinds(text)).toEqual([]);
  });

  // Money by the period is pay, a bill or a payment; "a year ago" dates a level.
  it.each([
    ['Bitcoin miners promised jobs paying an average of $52,000 a year.', []],
    ['A household pays about $138 a month for power at the bitcoin mine.', []],
    ['Bitcoin futures need margin of about $7,200 a contract.', []],
    ['Regulators floated a cap on bitcoin holdings of about $3,500 per person.', []],
    ['Bitcoin traded at $26,000, down from $31,000 a year ago.', ['$26,000:price', '$31,000:price']],
  ])('by the period: %s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it('needs the coins before "each"', () => {
    expect(namedUnit('bought 410 bitcoin, paying about ', ' each.')).toBe('btc');
    expect(namedUnit('bought 1,000 shares at ', ' each.')).toBe(null);
  });
});

// An option's strike is a level of the asset the option is on, past the open interest it holds.
describe('strikes', () => {
  it.each([
    ['Traders have bought calls at $70,000 for the September expiry.', ['$70,000:price']],
    ['On Deribit, the most crowded put contract is the $55,000 strike.', ['$55,000:price']],
    ['Traders piled into the $70,000 call for the June expiry.', ['$70,000:price']],
    ['Strike: $60,000', ['$60,000:price']],
    ['Puts: $40,000', ['$40,000:price']],
    ['Open interest clusters at the $90,000 strike (calls) and $70,000 (puts).', ['$90,000:price', '$70,000:price']],
  ])('%s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });

  it('is not "puts" or "calls" as a verb', () => {
    expect(kinds('An investor who puts $10,000 into a fund pays about $25 in fees.', bitcoinPage)).toEqual([]);
  });

  it.each([
    ['on ether', 'The ether contract with the most open interest is the $3,500 put.'],
    ['on ether, named after it', 'The most crowded contract is the $3,500 call on ether.'],
    ['off a bitcoin page', 'Traders have bought calls at $70,000 for the September expiry.'],
  ])('leaves alone a strike %s', (_case, text) => {
    expect(kinds(text, _case === 'off a bitcoin page' ? undefined : bitcoinPage)).toEqual([]);
  });
});

describe('price language, for sentences that name no subject', () => {
  it.each([
    [
      "options' max pain in a calendar's row",
      'Event: Options expiry\u2063Note: $1.9 billion notional; max pain $114,000',
      ['$114,000:price'],
    ],
    [
      'a level cleared',
      '"Once $88K is cleared, there is little supply until $95,000."',
      ['$88K:price', '$95,000:price'],
    ],
    ['moving averages', 'Moving averages: 20-day $14,120 · 50-day $12,380.', ['$14,120:price', '$12,380:price']],
    ['a level holding', '"Holding $600 into the weekend would be a big deal," said a fund manager.', ['$600:price']],
    ['a level some value sits around', 'Friday: monthly options expiry, max pain around $54K', ['$54K:price']],
    ['no value a holding is worth', 'That stake would be worth somewhere around $70,000 today.', []],
    ['a level tested', 'A hot number probably means another test of the $60,000 area.', ['$60,000:price']],
    ['an estimate', 'Our own estimate for the end of the year is $140,000.', ['$140,000:price']],
    ['an entry', '"Is $58K a decent entry?" a reader asks.', ['$58K:price']],
    ['a level the price is under', 'By Sunday night we were under $40,000 again.', ['$40,000:price']],
    // A level that fails or holds, a range to chop in, the next level "above that".
    [
      'a level failing',
      '"If $52,000 fails, I think we are talking about $46,000 next."',
      ['$52,000:price', '$46,000:price'],
    ],
    [
      'a range of chop',
      'Expect a lot of chop, something like $58,000 to $66,000, into the summer.',
      ['$58,000:price', '$66,000:price'],
    ],
    ['the next level above that', '"First $71,000. Above that, $74,500."', ['$71,000:price', '$74,500:price']],
    [
      'a level before a condition about flows',
      'The bank said bitcoin could fall back to $45,000 if ETF inflows dry up.',
      ['$45,000:price'],
    ],
    [
      'a level over the weekend',
      'Bitcoin was $56,740. It had traded as high as $60,310 over the weekend.',
      ['$56,740:price', '$60,310:price'],
    ],
    [
      'a level fallen under',
      'In late 2022 bitcoin briefly fell under $16,000 after the collapse of FTX.',
      ['$16,000:price'],
    ],
    ['a level held', 'Markets Daily: Bitcoin Holds $62K as Options Traders Eye Friday Expiry', ['$62K:price']],
    [
      'buying at a level',
      '"You had a lot of people buying at $65,000 and $66,000 who are now underwater," she said.',
      ['$65,000:price', '$66,000:price'],
    ],
    // Traders' words in quotes that never name the coin.
    ['a level that would hold', '"For eleven months everyone said $6,000 would hold."', ['$6,000:price']],
    [
      'resting bids',
      '"There\'s a huge cluster of resting bids between $100,000 and $102,000."',
      ['$100,000:price', '$102,000:price'],
    ],
    ['the bottom', '"$20,000 could mark the bottom if we get through this week."', ['$20,000:price']],
    ['a stop', '"I\'ve moved my stop up to $104,000."', ['$104,000:price']],
    ['the line', '"For them the line is US$60,000."', ['US$60,000:price']],
    ['on the table', '"Fail, and $16,000 is on the table."', ['$16,000:price']],
    ['a price printed', '"We printed $49,050 on Coinbase around 2 a.m."', ['$49,050:price']],
    ['a pullback', '"A pullback to $90K wouldn\'t surprise me."', ['$90K:price']],
    // A level's preposition before a dollar amount, or a date after it.
    ['back to', '"We go back to $1,000 this year."', ['$1,000:price']],
    ['toward', '"I still think we get a run toward $135,000 into year-end."', ['$135,000:price']],
    ['could see', '"If that goes, you could see $75,000 U.S. quite quickly."', ['$75,000 U.S.:price']],
    ['a date after it', '"Now I\'d be happy with $5,000 by Christmas."', ['$5,000:price']],
    ['a date after "again"', '"We will be talking about $6,000 again by the weekend."', ['$6,000:price']],
    ['a flush', '"That flush to $60,200 looked like capitulation."', ['$60,200:price']],
    [
      'a flush, then the volume it came on',
      '"That flush to $60,200 had every hallmark of capitulation: record volume, funding negative."',
      ['$60,200:price'],
    ],
    ['levels, after a move', 'The coin was moving close to $4000 levels for the first time.', ['$4000:price']],
    [
      'a level after flows',
      'Outflows from the funds hit $1.2 billion. "$60,000 could well mark the bottom for this cycle."',
      ['$60,000:price'],
    ],
    ['an exchange that printed it', 'Coinbase printed $100,280 at 10:36 p.m.', ['$100,280:price']],
    ['sitting at a level', '"So where are we sitting at now, $58,200?"', ['$58,200:price']],
    // Another currency's sign after a level's preposition, as after a dollar sign.
    [
      'a level in yen',
      '"At ¥12 million people were calm; at ¥14 million they got nervous."',
      ['¥12 million:price', '¥14 million:price'],
    ],
    ['a level after a code', '"Not many are paying up at CAD $98K."', ['CAD $98K:price']],
    [
      'a range between two levels',
      '"Through 2019 it went sideways between $3,400 and $4,100."',
      ['$3,400:price', '$4,100:price'],
    ],
    ['a level "sub-" another', '"Sub-$40,000 on a weekly basis changes my mind."', ['$40,000:price']],
    [
      'an area, a region, a zone',
      '"The area desks watch now is $81,000; the $77 K region after that."',
      ['$81,000:price', '$77 K:price'],
    ],
    [
      'a price restated in other terms',
      'Bitcoin sat at $70,100. In sterling terms that is about £55,400.',
      ['$70,100:price', '£55,400:price'],
    ],
    [
      'a level sold into',
      '"Desks were buying near $41,200 and selling into $42,000 all week."',
      ['$41,200:price', '$42,000:price'],
    ],
    [
      'a level on the way up',
      '"A gap was left on the way up around $71,500, and that is where buyers sit."',
      ['$71,500:price'],
    ],
    ['a level over the summer', '"I expect a slow grind back toward $58,000 over the summer."', ['$58,000:price']],
    ['a level "up around"', '"The short-term holders\' cost basis is up around $71,000."', ['$71,000:price']],
    ['a level "down around"', '"The next real support is down around $49,000."', ['$49,000:price']],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text, { ...bitcoinPage, rates: { JPY: 155, CAD: 1.38, GBP: 0.79 } })).toEqual(expected);
  });

  it('is not every sentence with an amount in it', () => {
    expect(mentionsLevel('On a $500,000 portfolio, that is $5,000 to $15,000.')).toBe(false);
    expect(mentionsLevel('Most tools cost from about $50 to $300 a year.')).toBe(false);
    expect(mentionsLevel('Savers can put up to £20,000 a year into an ISA, but crypto notes sit outside it.')).toBe(
      false,
    );
    expect(kinds('Coinbase rose 5% to $250 as bitcoin steadied.', bitcoinPage)).toEqual([]);
    expect(kinds('The coin was moving close to $4000 higher on the week.', bitcoinPage)).toEqual([]);
    const realised = 'Realised capitalisation values each coin at its last move. That figure is around $620 billion.';
    expect(kinds(realised, bitcoinPage)).toEqual([]);
    expect(kinds('"I\'ve put in about $30,000 all up, across a few coins."', bitcoinPage)).toEqual([]);
  });
});

describe("bitcoin's market cap, by name", () => {
  it.each([
    ['Bitcoin first crossed a market cap of $1 trillion in February 2021.', ['$1 trillion:cap']],
    ["Bitcoin's market value rose above $1.2tn as the price climbed to $61,400.", ['$1.2tn:cap', '$61,400:price']],
    ['A price of $1 million would value bitcoin at more than $20 trillion.', ['$1 million:price', '$20 trillion:cap']],
    ["The drop left bitcoin's total market value at about $1.13 trillion.", ['$1.13 trillion:cap']],
    [
      "BTC's market capitalisation stood at $1.28 trillion against a realised capitalisation of $618 billion.",
      ['$1.28 trillion:cap'],
    ],
  ])('%s', (text, expected) => {
    expect(kinds(text, bitcoinPage)).toEqual(expected);
  });
});

describe('a range of levels and levels called out', () => {
  it('reads "in the $6 K range" as a level, whatever was bought in it', () => {
    expect(kinds('The fund bought most of its coins "in the $6 K range" over the summer.', bitcoinPage)).toEqual([
      '$6 K:price',
    ]);
    expect(kinds('The fund bought most of its coins for $6,000 over the summer.', bitcoinPage)).toEqual([]);
  });

  it('reads a barrier and a level traders are calling as price language', () => {
    expect(kinds('The next fixture is the $95,000 barrier, she said.', bitcoinPage)).toEqual(['$95,000:price']);
    expect(kinds('Everyone on here is calling $100K like it is a law.', bitcoinPage)).toEqual(['$100K:price']);
    expect(kinds('The next fixture is the $95,000 barrier, she said.')).toEqual([]);
  });

  it('leaves a scale of fees or pay that starts at a sum alone, not a level the price started at', () => {
    expect(kinds('Licensing fees start at $50,000.', bitcoinPage)).toEqual([]);
    expect(kinds('Bitcoin started the year at $50,000.', bitcoinPage)).toEqual(['$50,000:price']);
  });

  it('leaves what coins bought before would be worth alone ("the bitcoin would be worth around $128,000")', () => {
    const text = 'Five years ago, $10,000 bought about 1.96 BTC. Today the bitcoin would be worth around $128,000.';
    expect(kinds(text, bitcoinPage)).toEqual([]);
    expect(kinds('Analysts say bitcoin would be worth around $128,000 by then.', bitcoinPage)).toEqual([
      '$128,000:price',
    ]);
  });

  it('leaves what a holding named with ₿ was worth alone ("That was about $2,300")', () => {
    const text = 'He never spends more than ₿0.25 a year. "That was about $2,300 at today\'s prices," he said.';
    expect(kinds(text, bitcoinPage)).toEqual([]);
  });
});
