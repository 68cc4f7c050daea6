// What a sentence is about: mentions of bitcoin, of other assets and companies, and words that
// point back to an earlier subject ("the coin"). An amount belongs to the subject nearest before it.
import { raw } from './raw';

export type SubjectKind = 'btc' | 'other' | 'measure' | 'anaphor';

export interface Subject {
  start: number;
  end: number;
  kind: SubjectKind;
  /** A company, a fund or a purchase rather than another asset. */
  actor?: boolean;
}

const BITCOIN =
  /\b(?:bitcoin|btc|xbt)(?:['’]?s)?\b|₿|\bhalvings?\b(?! (?:the|its|their|of)\b)|\bdigital gold\b|(?<!(?:second|third|fourth|fifth|next)[- ])\b(?:world['’]s )?(?:largest|biggest|oldest|original|flagship|leading|benchmark|bellwether|pioneer|apex|premier) (?:crypto(?:currency)?|digital (?:asset|currency)|cryptoasset)\b/gi;

// "bitcoin ETFs", "bitcoin miners": the amount is about the fund or the company, not the coin; "bitcoin
// cash" and "bitcoin SV" are other coins.
const BITCOIN_COMPOUND =
  /\b(?:bitcoin|btc)(?:['’]s)?[- ](?:(?:et[fp]|fund|trust|miner|stock|atm|fee|product|firm|bond|reserve)s?|shares?(?! of)|holdings|exchange-traded|mining|cash|sv|treasur(?:y|ies)|compan(?:y|ies)|prox(?:y|ies)|(?:network|transaction) fees)\b/gi;

const OTHER_ASSET = new RegExp(
  [
    raw`(?<!\/)\b(?:ether(?:eum)?|solana|xrp|ripple|dogecoin|cardano|litecoin|polkadot|avalanche|chainlink|toncoin|tron|shiba inu|bnb|binance coin|tether|usdc|(?:stable|alt|meme)coins?|(?<!(?:the|its|digital) |^)token|tokens|sats|satoshis?)\b`,
    raw`\b(?:crypto(?:currency)?|digital[- ]asset) (?:market|sector|industry|universe)s?\b`,
    raw`(?<!(?:['’]s|\bits|\ba) )\b(?:total|overall|entire|whole|combined|broader|global) (?:crypto(?:currency)? |digital[- ]asset )?market\b`,
    raw`\b(?:(?:all|other) (?:of )?(?:crypto(?:currencies| assets)?|digital (?:assets|currencies|money))|other coins)\b`,
    raw`(?<!digital )\bgold\b|\b(?:silver|oil|crude|copper|platinum|bullion|(?:the|yellow|precious) metals?|s&p(?: 500)?|nasdaq|dow(?: jones)?)\b`,
  ].join('|'),
  'gi',
);
// Companies, funds and what people buy: a bitcoin story's actors as often as its rivals.
const ACTOR = new RegExp(
  [
    // Companies, funds, and what a page about bitcoin also prices: "the median home price", "her house,
    // valued at $285,000".
    raw`\b(?:share(?! of)|(?<!\b(?:I|we|you|they|not|n't) )trusts?|(?:stock|firm|startup|et[fp]|fund(?! manager)|miner|corp(?:oration)?|home|house|rent|car|wage|ticket|tuition)s?|shares(?! (?:his|her|their|the|this|that)\b)|equit(?:y|ies)|compan(?:y|ies)|propert(?:y|ies)|salar(?:y|ies)|housing|inc|exchange-traded)\b`,
    raw`\b(?:nvidia|apple|microsoft|amazon|alphabet|google|meta|tesla|aramco|berkshire|jpmorgan|blackrock|microstrategy|metaplanet|gamestop|semler)\b`,
    // An exchange is a company ("the exchange was valued at $32 billion"), but after "on", or before "printed",
    // it is where a price was seen ("$65,010 on Coinbase", "Coinbase printed $100,280"), not what it is the price of.
    raw`(?<!\bon )\b(?:coinbase|robinhood|(?:the |crypto |^)exchange(?!-))\b(?! (?:printed|quoted|showed))`,
  ].join('|'),
  'gi',
);
// Other measures of bitcoin ("bitcoin's realized cap", "futures open interest"): an amount that is one is
// not bitcoin's price or cap, but a page about them is still about bitcoin.
const MEASURES =
  /\b(?:reali[sz]ed cap(?:itali[sz]ation)?|thermocap|open interest|(?:trading )?volumes?|turnover|hash ?price|revenues?|liquidations|inflows?|outflows?|net flows|assets under management|aum)\b/gi;
// "stock-to-flow", "gold-backed": part of a compound word, not a subject of their own.
const IN_COMPOUND = /^-\w/;
// Tickers and names that are ordinary words in lower case ("strategy", "coin").
const OTHER_TICKER =
  /\b(?:ETH|SOL|XRP|ADA|DOGE|BNB|BCH|BSV|MSTR|COIN|MARA|RIOT|IBIT|FBTC|GBTC|ARKB|NVDA|AAPL|TSLA|GLD|LTC|AVAX|Strategy|Circle|Marathon|Riot)\b/g;

// Words that stand for the subject already named: the paragraph or the page says which ("the token" is
// bitcoin in a story about bitcoin, ether in one about ether; "tokens" are always others).
// A headline leaves out "the": "Digital token's market value climbs", "Token's market value climbs".
const ANAPHOR =
  /\b(?:the|its) (?:coin|token|cryptocurrency|crypto|digital asset|asset|price|(?:whole |entire )?network)\b|(?:\b(?:(?:the|its) )?digital |^)(?:coin|token)\b|\bits?\b/gi;

// Mentions after these are comparisons ("the second-largest after bitcoin"), not the subject.
const COMPARISON_BEFORE =
  /\b(?:after|behind|ahead of|(?:short|shy) of|like|unlike|than|versus|vs\.?|besides|including|such as|other than|rather than|outside of|(?:pa(?:id|yments?)(?: for)?|accept\w*) in|(?:match|rival|overt[ao]|surpass|eclips|outpac|outperform|trail|lag)\w*)\s+(?:the\s+)?$|\bthan (?!th(?:at|ose) )(?:[A-Za-z]+ ){1,2}$/i;

// Insertions that describe the subject without being it: ", which lagged bitcoin," "(ETH)" "— like gold —".
// Appositives opened by an article run to twelve words and hold no "is" or "was" (", the largest cryptocurrency,",
// ", an offshoot of bitcoin created in a 2017 split,"); a longer run, or one with such a verb (", the network is now
// worth more than Meta,"), is the main clause. Speakers are asides too: ', said an analyst at a trading firm,'.
// Commas and dots inside numbers do not end one.
const PARENTHETICAL =
  /\([^()]*\)|[—–]\s[^—–]*\s[—–]|,\s(?:which|who|whose|if|like|unlike|after|behind|including|along(?:side| with)|as well as|once|now|still|often|also|itself|long|widely)\b(?:[^,.;]|(?<=\d)[,.](?=\d))*,(?!\d)|,\s(?:the|a|an)\s(?:(?!(?:is|are|was|were)\s)[^\s,.;]+\s){0,11}[^\s,.;]+,(?!\d)|(?<!\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I) )\b(?:said|says|according to|wrote|told|noted)\b(?:[^,.;"“”]|(?<=\d)[,.](?=\d))*(?:,(?!\d)|(?=[.;]))/gi;
// A speaker named with a title runs to the sentence's end: 'said Jo Vik, a partner at an Oslo-based crypto
// investment firm.' Case matters: a name, not "said bitcoin, which…".
const SPEAKER = /\bsaid [A-Z][^,.;"“”]*,[^.;"“”]*/g;

/**
 * Each match of `pattern` as a subject of `kind`, but where a subject found before overlaps it ("bitcoin ETFs" is a
 * fund, "COIN" a ticker, not a word pointing back) or a hyphen joins it to the next word ("gold-backed").
 */
function collect(text: string, pattern: RegExp, kind: SubjectKind, found: Subject[], actor?: boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (
      (kind === 'btc' || !IN_COMPOUND.test(text.slice(end, end + 2))) &&
      !found.some((f) => start < f.end && end > f.start)
    )
      found.push({ start, end, kind, actor });
  }
}

export interface SubjectMap {
  subjects: Subject[];
  /** Parenthetical insertions, as [start, end) pairs. */
  asides: Array<[number, number]>;
}

/** Every subject mention in a block, in order, without the ones that are only compared with. */
export function findSubjects(text: string): SubjectMap {
  const found: Subject[] = [];
  collect(text, BITCOIN_COMPOUND, 'other', found);
  collect(text, BITCOIN, 'btc', found);
  collect(text, OTHER_ASSET, 'other', found);
  collect(text, ACTOR, 'other', found, true);
  collect(text, OTHER_TICKER, 'other', found);
  collect(text, MEASURES, 'measure', found);
  collect(text, ANAPHOR, 'anaphor', found);
  found.sort((a, b) => a.start - b.start);
  const asides: Array<[number, number]> = [];
  PARENTHETICAL.lastIndex = 0;
  for (let match = PARENTHETICAL.exec(text); match; match = PARENTHETICAL.exec(text)) {
    asides.push([match.index, match.index + match[0].length]);
    // The closing comma may open the next aside.
    PARENTHETICAL.lastIndex = match.index + match[0].length - 1;
  }
  for (const { index, 0: speaker } of text.matchAll(SPEAKER)) asides.push([index, index + speaker.length]);
  return { subjects: found, asides };
}

/** Whether a mention only compares with the subject, judged from the text before it. */
export function isComparison(text: string, subject: Subject): boolean {
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, subject.start - 30), subject.start));
}
