// Amounts of bitcoin ("252,220 BTC", "11,000 bitcoin", "₿0.5", "50,000 sats"), with where they sit in the text, but
// for what only looks like one: one coin as a unit ("1 BTC = $61,000"), the supply itself ("21 million
// bitcoin"), block rewards and fees, counts of funds, miners or holders ("11 bitcoin ETFs"), and years or
// dates before the word ("in 2024 bitcoin rallied", "on March 12 bitcoin fell").
import { clean, MULTIPLIER, multiplierValue, NUMBER, parseNumber } from './amounts';
import { raw } from './raw';
import { sentenceAt } from './sentences';

export interface BitcoinAmount {
  start: number;
  end: number;
  text: string;
  btc: number;
}

// A digit, sign or slash before the number makes it part of something else ("$5 bitcoin", "10/12 BTC").
const QUANTITY = new RegExp(
  raw`(?<![\w$£€¥.,:/-])(?:₿ ?(${NUMBER})|(${NUMBER})(${MULTIPLIER})? ?(?:of a |(?:more|additional|new|extra|or so) )?(?:(m)?btc|xbt|bitcoins?|(sats|satoshis)))(?![\w'’/-])`,
  'gi',
);
// What follows the word when the number counts something else ("11 bitcoin ETFs", "500 bitcoin wallets": a
// plural, where "a 5,000 BTC wallet" holds bitcoin) or the amount is a rate per block.
const COUNTED =
  /^ (?:(?:et[fp]|fund|miner|stock|wallet|holder|investor|atm|exchange)s|addresses|mining|compan|treasur(?:ies|y compan)|cash|sv|rewards?|subsid|fees?|(?:per|a|each|every|for every) block)/i;
// A date, a block's number or a ticker's currency pair ("USD/SGD 1.3412 BTC …", a rate) before the number.
const DATE_BEFORE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? $|\b(?:block|height|top|no\.|number) $|\/[a-z]{3} $/i;
// A sentence about issuance or fees: its amounts of bitcoin are rates, not holdings or flows. Fees paid "inclusive
// of fees" or for a university or school are money.
const REWARD_OR_FEE = /\b(?:rewards?|subsid\w*|per block|(?<!(?:of|university|school) )fees?)\b/i;
const YEAR = /^(?:19|20)\d\d$/;
// A block subsidy of some era (50, 25, 12.5 … BTC) in a paragraph about halvings: "the halving reduced it to
// 3.125 BTC" names the reward a sentence earlier; miners "win" one for each block they find, issued "every 10 minutes".
const HALVING = /halv|reward|subsid|\bwin(?:s|ning)?\b|minutes/i;
const isSubsidy = (btc: number): boolean => Number.isInteger(Math.log2(50 / btc)) && btc <= 50;

export interface QuantityBlock {
  text: string;
  sentenceStarts: number[];
}

/** The amounts of bitcoin in a block worth a note, given the supply (an amount near it is the supply). */
export function findQuantities(block: QuantityBlock, supplyBtc: number): BitcoinAmount[] {
  const { text } = block;
  const found: BitcoinAmount[] = [];
  QUANTITY.lastIndex = 0;
  for (let match = QUANTITY.exec(text); match; match = QUANTITY.exec(text)) {
    const [whole, signed, written = signed, multiplier, milli, sats] = match;
    const start = match.index;
    const end = start + whole.length;
    // Sats are hundred-millionths of a coin, mBTC thousandths.
    const btc = clean((parseNumber(written, false) * multiplierValue(multiplier)) / (sats ? 1e8 : milli ? 1e3 : 1));
    // Beyond today's supply is the cap ("21 million bitcoin"); the coins mined so far are an amount like any other.
    if (!(btc >= 1e-8) || btc === 1 || btc > supplyBtc * 1.01) continue;
    if ((!multiplier && YEAR.test(written)) || DATE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (COUNTED.test(text.slice(end, end + 20))) continue;
    const [from, to] = sentenceAt(block.sentenceStarts, text.length, start);
    // Near the amount, in its own clause: "bought 258,000 BTC, more than the 164,000 BTC mined" holds no reward
    // though the sentence goes on to name one.
    const near = `${text
      .slice(Math.max(from, start - 60), start)
      .split(/;|\b(?:and|since|but|while)\b/)
      .pop()} ${text.slice(end, Math.min(to, end + 20))}`;
    if (REWARD_OR_FEE.test(near) || (isSubsidy(btc) && HALVING.test(text))) continue;
    found.push({ start, end, text: whole, btc });
  }
  return found;
}
