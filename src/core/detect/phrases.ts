// The words right around an amount that say what kind of figure it is, independent of its subject.
import { raw } from './raw';

const HEDGE = raw`(?:(?:about|around|as much as|roughly|nearly|almost|some|another|an additional|a further|close to|just|approximately|an estimated|a)\s+)?[~≈]?\s*`;

// "rose $2,000", "down $1,500", "a drop of $3,000", "wiped $200 billion": the amount is a difference; "on the way up
// around $76,000" is a route past a level, "up around" or "down around" a sum a level, and "over the summer" a
// time, not a gap "over the" level.
// Verbs are stems, so "climb" covers climbs, climbed and climbing.
const CHANGE_VERB = raw`(?:ros|ris|climb|jump|gain|add|surg|soar|rall|advanc|fell|fall|drop|los|shed|sli[dp]|sank|tumbl|plung|declin|decreas|increas|eras|wip|sw[iu]ng|mov)\w*`;
const CHANGE_BEFORE = new RegExp(
  raw`(?:\b(?:${CHANGE_VERB}|(?<!way )(?:up|down)(?! around| near)|by|(?:gain|drop|declin|loss|rise|increas|decreas|swing|move|jump|plung|fall|chang)\w* of(?:\s+(?:just\s+)?(?:over|under|more than|less than))?)\s+${HEDGE}|(?<![\w$])[-+−])$`,
  'i',
);
const CHANGE_BEFORE_HEDGED = new RegExp(raw`\b(${CHANGE_VERB}|up|down)\s+(more than|over|less than|under)\s+$`, 'i');
const CHANGE_AFTER =
  /^(?:-plus)?\s*(?:(?:intraday|daily|weekly|(?:one|single)-day|24-hour|overnight|sharp|sudden|quick|steep|brief|further)\s+)?(?:higher|lower|(?:(?:has|have|had) been |was |were )?(?:wip|eras)\w*|(?:gain|drop|declin|rise|jump|surg|plung|slide|fall|loss|swing|move|increas|decreas|rall|bounc|dip|correction|wick|candle)\w*|off|wide|(?:better|worse) off|short of|away from|(?:below|above|under|over) (?:its|the|a|their|that|what)\b(?! (?:weekend|week|month|year|day|past|period|course|summer|winter|quarter|session)))\b/i;

/** Whether the amount is a change or a gap between two levels rather than a level. */
export function isChange(before: string, after: string, usd: number, priceUsd: number): boolean {
  // "moving close to $4000 levels", "lost $20,000 for the first time", "lose $17,500 on a weekly close": a level,
  // whatever moved to it.
  if (/^\s*levels?\b|^[^,.;]*\b(?:for the first time|on an? \w+ close)/i.test(after)) return false;
  // "the spread between the highest and lowest target, $110,000": a gap, whatever its ends are.
  if (
    CHANGE_BEFORE.test(before) ||
    CHANGE_AFTER.test(after) ||
    /\b(?:spread|gap|difference) between\b[^$]*$/i.test(before)
  )
    return true;
  // "rose more than $2,000" is a change; "rose over $60,000" is a level. Size tells them apart.
  // "fell under $16,000" is a level far more often than "fell under $15,000" is a change: a tighter bound.
  // "erased more than $2 trillion" has no level's reading at any size.
  const [, verb, hedge] = CHANGE_BEFORE_HEDGED.exec(before) ?? [];
  return !!hedge && (/^(?:eras|wip|shed)/i.test(verb) || usd < priceUsd * (hedge.length > 5 ? 0.3 : 0.2));
}

// Stems ("liquidat") end in \w*; words whose stem also makes a person or a noun (buyers, investors,
// fund managers) are spelled out.
// Amounts that are money moved, earned, held or lost: flows, liquidations, revenue, fees, purchases, and
// the value of a quantity ("6,000 bitcoin worth $370 million", where "worth" follows the noun with no verb); a fine,
// not being fine ("at $45K most are fine").
const MEASURE = raw`(?:(?:(?:in|out)?flow|liquidat|revenue|volume|loan|debt|profit|loss|earning|income|spen[dt]|purchas(?!\w* price)|acqui|deposit|withdraw|hack|exploit|penalt|settlement|salar|reward|subsid|allocat|allowanc|tax|dividend|budget|bount|grant|transfer|pay(?:out|ment)|premium|outlay|packag|stimul|bailout|commitment|charg|receiv|proceed|equit|margin|collateral|balance|saving|stockpil|hoard|mortgag|cheque)\w*|minimums?|rais(?:es?|ed|ing)|funding|(?:buy|sell)(?:s|ing)?|invest(?:s|ed|ing|ments?)?|earn\w*|(?:stake|position|reserve|fee)[sd]?|(?<!(?:are|is|be|was|were) )fine[sd]?|put (?:in|into)|open interest|paid|pays?|bought|sold|holdings|assets|aum|stolen|ransom|hashprice|reali[sz]ed cap(?:itali[sz]ation)?|thermocap|(?:bitcoin|btc|coins?|tokens?)\s+worth)\b`;
const MEASURE_ANYWHERE = new RegExp(raw`(?<![\w-])${MEASURE}`, 'i');
// Conjunctions open another clause: "fall to $45,000 if ETF inflows dry up" is a level.
// A range's first half is what its second is ("$15 to $40 in fees").
const NOT_FILLER = raw`(?!(?:on|at|to|by|as|with|for|after|before|while|against|and|but|if|when|unless|until|because|since|from|near|above|below|the|i|we|you|they|he|she)\b)`;
const MEASURE_AFTER = new RegExp(
  raw`^\s*(?:(?:to|[-–])\s*\$?[\d,.]+\s+)?(?:(?:in|of|worth(?: of)?|from|for)\s+)?(?:${NOT_FILLER}[\w'’-]+\s+){0,2}?${MEASURE}|^\s*(?:worth\s+)?(?:of|in|into)\s+(?:bitcoin|btc)\b|^ (?:holding|portfolio)\b`,
  'i',
);
// A level preposition right before the amount ("to $61,000", "near $55,000", "selling into $38,000", "at an average
// price of $89,430") makes it a level even in a clause about buying or selling.
const LEVEL_PREPOSITION = new RegExp(
  raw`\b(?:(?<!up )to|at|above|below|past|near|around|towards?|into|under|beyond|from|between|as high as|as low as|(?:average|price|peak|high|low) of)\s+${HEDGE}$`,
  'i',
);

/**
 * Whether the amount is a flow, a holding, revenue or a fee, judged from its clause. `before` runs from
 * the clause start to the amount, `after` from the amount to the clause end.
 */
export function isMeasure(before: string, after: string, level: boolean): boolean {
  if (MEASURE_AFTER.test(after)) return true;
  // "bought most of its coins in the $6 K range": a range of levels, whatever was done in it.
  if (level && /^\s*(?:range|region|area|zone)\b/i.test(after)) return false;
  // "would cap deposits at $2,000" sets a limit on the money, no level.
  // "would cap deposits at $2,000", "the allowance at £12,300", "the taxable portion would be around £23,600", "fees
  // start at €50,000": limits, taxes and scales set on money, no level.
  if (
    level &&
    LEVEL_PREPOSITION.test(before) &&
    !/\b(?:(?:would|will|to|could) (?:cap|limit)|allowance|taxable|(?:fees?|pay) start\w* at|(?:came|amount\w*) to)\b/i.test(
      before,
    )
  )
    return false;
  // "3% is $36,000": a share of a sum is money.
  return MEASURE_ANYWHERE.test(before.slice(-60)) || /% is $/.test(before);
}

// "$61,000 per bitcoin", "₿1 = $61,000", "1 BTC at $61,000", "a whole coin at $93K", "its cost to mine a coin was
// $19,000": the unit is named, whatever the sentence is about.
const PER_BITCOIN_AFTER =
  /^\s*(?:(?:per|a|an|each|for (?:one|a|each|1))\s+(?:bitcoin|btc|coin)\b(?!['’]s)|\/\s*(?:btc|bitcoin)\b)/i;
const PER_BITCOIN_BEFORE = new RegExp(
  raw`(?:₿\s*1|\b1\s*(?:btc|bitcoin)|\b(?:one|a(?: single| whole)?|each|per) (?:bitcoin|btc|coin)|(?<![\d,.] )\b(?:bitcoin|btc) (?=sold for))\s*(?:=|:|(?:is|was)(?: now)?(?: worth)?|costs?|fetch(?:e[sd])?|trade[ds] at|sold for|at|for)?\s*${HEDGE}$`,
  'i',
);
// Money by the period ("paying $52,000 a year", "$138 a month") is pay or a bill, by the person ("a limit of €3,000
// per person") an allowance; "a year ago" is a date. "$57,600 for 0.8 BTC" is what a quantity cost.
const PER_OTHER_AFTER =
  /^\s*(?:for (?!1 )[\d.,]+ (?:btc|bitcoin)|(?:per|a|an|each)\s+(?:ether|eth|ounce|oz|share|token|barrel|troy ounce|sol|contract|person|head|year|month|week|day|hour)\b(?!\s+(?:ago|earlier|later|before|after|from (?:now|then|today)|out|back))|\/\s*(?:oz|eth|sh)\b)/i;

export type Unit = 'btc' | 'other' | null;

// "0.04 BTC ($2,360)", "2.5 bitcoin, or $150,000", "3.18 coins are worth $194,000", "Value of 3.18 BTC:
// $1,380", "0.1 BTC — about $6,100", "0.5 BTC costs $30,650", "1.2 million BTC, worth over $75 billion": the value
// of a quantity other than one coin, and so is what it went "for" ("another 0.3 BTC in November 2021 for $24,600").
// Those in circulation or in existence are worth the cap.
const QUANTITY_BEFORE = new RegExp(
  raw`(?<![\d.,])(?!1\s*(?:btc|bitcoin|coin))\d[\d.,]*(?: million)?\s*(?:btc|bitcoins?|coins)\b(?! in (?:circ|exis))(?:\s*(?:\(|,\s*(?:or|roughly|about)(?: \w+){0,3}|:|[—–])|(?:[^.;$\d]|\b20\d\d\b){0,50}\b(?:worth|(?<!average )costs?|for)(?: over| more than)?:?)\s*${HEDGE}$`,
  'i',
);

/** `sentence` runs from the sentence's start to the amount: coins counted anywhere in it make "each" per coin. */
export function namedUnit(before: string, after: string, sentence = before): Unit {
  // "bought 410 bitcoin ..., paying about $26,150 each": after coins counted, "each" or "apiece" is per coin.
  const each = /^\s*(?:each|apiece)\b/i.test(after) && /bitcoin|btc|coin/i.test(sentence);
  // "$4 per $1,000" is a rate.
  // "sold his 10,000 BTC when a coin was worth around $0.08": one coin named last is the unit, past coins counted.
  if (
    PER_OTHER_AFTER.test(after) ||
    (!each && !PER_BITCOIN_BEFORE.test(before) && QUANTITY_BEFORE.test(before)) ||
    /\bper $/.test(before)
  )
    return 'other';
  return PER_BITCOIN_AFTER.test(after) || PER_BITCOIN_BEFORE.test(before) || each ? 'btc' : null;
}

// "market value", "network value" and "valued at" count through "value" and "valued"; "market cap",
// "market-cap" and "market caps" through "caps?".
const CAP_WORDS =
  /\b(?:(?:market-?)?cap(?:s|itali[sz]ation)?|valuation|trillion-dollar|worth|asset|valu(?:es?|ed|ing))\b/i;

export const mentionsCap = (text: string): boolean => CAP_WORDS.test(text);

// Price language, for sentences that do not name their subject ("It later fell to $58,000").
// Traders' words too, for quotes that never name the coin: "$6,000 would hold", "resting bids between…",
// "a wick to…", "$20,000 could mark the bottom", "we printed $49,050", "my base case". Then a level's
// preposition before a dollar amount ("we go back to $1,000", "a run toward $135,000", "you could see
// $75,000", "chopped between $200 and $600", "sub-$30,000", in any currency: "at ¥10 million", "at AUD $93K"), a
// date after it ("$50,000 by the end of 2018", "$5,000 by Christmas"), an area ("the $5 K region", "the next area
// the desk is watching"), or a price restated "in euro terms".
const LEVEL_WORDS =
  /\b(?:(?:pric|trad|reach|touch|climb|ris|ros|fell|fall|drop|slid|sank|tumbl|plung|surg|soar|rall|jump|peak|level|support|resistanc|(?:re)?test|cross|break|broke|clos|open|settl|hover|forecast|estimat|predict|reclaim|print|rang)\w*|changed hands|max pain|(?:buy|bought|sell|sold)\w* at|hits?|highs?|lows?|record|top(?:s|ped)?|target|hold(?:s|ing)?|held|moving averages?|clear(?:s|ed)|bids?|wick|stops?|floor|bottom|b(?:ase|ear|ull) case|entry|pull ?back|dip|flush|washout|chop\w*|fail(?:s|ed)?|line|region|area|zone|barrier|calling|went from|goes from|in \w+ terms|on the table|watch\w*|current|(?:is|was) where|(?:sit(?:s|ting)?|sat) (?:at|near|around))\b|\b(?:at|above|below|under|between|sub-|towards?|near|(?<!\bworth\b[^$]*)around|through|back (?:to|over|above|below)|down to|(?:could|would|will|might) see)\s*(?:about |around |that, )?(?:[a-z]* ?\$|[£€¥])\d|\d\s?[kK]?(?: again)? by (?:the (?:end|weekend)|year-end|[A-Z][a-z])/i;

export const mentionsLevel = (text: string): boolean => LEVEL_WORDS.test(text);
