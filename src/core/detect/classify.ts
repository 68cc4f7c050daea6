// Whether an amount is the price of one bitcoin, bitcoin's market cap, or anything else. The rules
// read the amount's clause, sentence and paragraph the way a reader would: the words right next to
// it (changes, flows, units), then the subject it belongs to, then how large it is.
import type { MoneyAmount } from './amounts';
import type { PageContext } from './pageContext';
import { isChange, isMeasure, mentionsCap, mentionsLevel, namedUnit } from './phrases';
import { type Figures, isNearCap, isPlausibleCap, isPlausiblePrice } from './plausibility';
import { clauseAround, sentenceAt, sentenceStarts } from './sentences';
import { findSubjects, isComparison, type Subject, type SubjectMap } from './subjects';

export type AmountKind = 'price' | 'cap' | 'other';

export interface Block extends SubjectMap {
  text: string;
  sentenceStarts: number[];
}

/** Sentences and subjects are read when an amount first needs them: most amounts are settled before. */
export function analyseBlock(text: string): Block {
  let starts: number[] | undefined;
  let map: SubjectMap | undefined;
  const subjects = () => {
    map ??= findSubjects(text);
    return map;
  };
  return {
    text,
    get sentenceStarts() {
      starts ??= sentenceStarts(text);
      return starts;
    },
    get subjects() {
      return subjects().subjects;
    },
    get asides() {
      return subjects().asides;
    },
  };
}

const NEAR = 60;

// What buyers paid, on average, named before the amount in its sentence: "at an average (price) of", "for an
// average $26,400 each", "the
// short-term holder realized price … sits near $62,900", "whose cost basis is closer to $21,000"; not "the
// average price of a home".
const PAID =
  /\b(?:(?:bought|buy) at $|reali[sz]ed price|cost basis|cost\b[^.;$]{0,40}\bto (?:produce|mine) (?:a|one) (?:coin|bitcoin)|average (?:(?:purchase |acquisition |entry )?(?:price|cost)\b(?! of (?:an?|the) (?!period|month|year|quarter|week))|(?:of )?(?:about |around |roughly |nearly |some )?$))/i;
// "calls at", "Puts:", "strike": with no "at" or colon, "calls" and "puts" are verbs ("puts $10,000 into it").
const STRIKE_BEFORE = /\b(?:(?:calls|puts)(?: at|:)|strike(?: at)?:?) $/i;
const STRIKE_AFTER = /^(?: (?:call|put))? \(?(?:strikes?|calls?|puts?)\b/i;
const BITCOIN_NAMED = /\b(?:bitcoin|btc)\b/i;
const OLD_YEAR = /\b20(?:09|1[0-6])\b/;
const SUBORDINATE = /\b(?:if|unless|until|once)\b|, (?:where|which)\b/i;

type Resolved = Exclude<Subject['kind'], 'anaphor'> | null;

function isAside(block: Block, subject: Subject, amount: MoneyAmount): boolean {
  return block.asides.some(
    ([start, end]) => subject.start >= start && subject.end <= end && !(amount.start >= start && amount.end <= end),
  );
}

function countsAsSubject(block: Block, subject: Subject, amount: MoneyAmount): boolean {
  if (isAside(block, subject, amount)) return false;
  if (!isComparison(block.text, subject)) return true;
  // "than bitcoin's $1.2 trillion", "than Meta, whose market cap is $1.1 trillion": the compared thing
  // owns an amount that follows it directly or in a clause describing it.
  const between = block.text.slice(subject.end, amount.start);
  return (
    subject.end <= amount.start &&
    between.length < 60 &&
    (!/[,;]/.test(between) || /^(?:['’]s)?\s*[,(]\s*(?:whose|which|valued|worth|at|with)\b[^,;]*$/.test(between))
  );
}

// Buyers, holders and producers (companies, firms, funds, trusts, ETFs, treasury companies, miners), and sats,
// bitcoin's own small unit: what "it" rose or fell to after "since the company's sale" is still the coin's price.
const HOLDER = /compan|firm|fund|trust|etf|traded|miner|strateg|holding|\bsat/i;
// Exchanges are where buyers got their coins, passed over for what they paid; "It closed at $250" after one is its own.
const VENUE = /exchange|coinbase|nasdaq/i;

/**
 * The nearest explicit subject named before `index` in the block that a price can point back to: what "the
 * coin", "the price" or "it" means. Companies, firms and funds are passed over: they buy and hold; for such a
 * `pointer`, measures too ("saying ETF inflows had been strong. It sees the price reaching…"): flows have no price.
 */
function earlierSubject(
  block: Block,
  index: number,
  pointer?: boolean,
  holdersFrom = index,
  venues = false,
  floor = -1,
): Resolved {
  for (let i = block.subjects.length - 1; i >= 0; i--) {
    const subject = block.subjects[i];
    if (
      subject.end <= index &&
      subject.start > floor &&
      subject.kind !== 'anaphor' &&
      !(pointer && subject.kind === 'measure') &&
      !isComparison(block.text, subject) &&
      (subject.start >= holdersFrom ||
        !(
          HOLDER.test(block.text.slice(subject.start, subject.end)) ||
          (venues && VENUE.test(block.text.slice(subject.start, subject.end)))
        )) &&
      !isAside(block, subject, { start: index, end: index } as MoneyAmount)
    )
      return subject.kind;
  }
  return null;
}

// A value's label with no sentence around it: nothing, one word, a time of day, a year and a comma ("In 2017,
// $10,000."), or words before a colon; then perhaps a range's first half.
const LABEL =
  /^\s*(?:\S+ ?|\d\d?[:.]\d\d ?(?:[ap]\.?m\.?)?:? ?|(?:in )?(?:19|20)\d\d, ?|[^.!?]{1,30}: ?)?(?:\S+ ?[-–—] ?)?$/i;

function resolveSubject(
  block: Block,
  amount: MoneyAmount,
  sentence: readonly [number, number],
  clause: readonly [number, number],
  page: PageContext | undefined,
  capLine: boolean,
  price: boolean,
): Resolved {
  const pageSubject: Resolved = page?.aboutBitcoin ? 'btc' : null;
  // A company named in the sentence is what "it" stands for when "it" is worth billions, no coin's price: "the
  // company listed at $86 billion; it's now worth $50 billion".
  const resolve = (subject: Subject): Resolved =>
    subject.kind === 'anaphor'
      ? (earlierSubject(block, subject.start, true, price ? subject.start : sentence[0]) ?? pageSubject)
      : subject.kind;
  const candidates = block.subjects.filter(
    (s) => s.start >= sentence[0] && s.end <= sentence[1] && countsAsSubject(block, s, amount),
  );
  const before = candidates.filter((s) => s.end <= amount.start);
  // A subject in a clause that hangs on the amount ("$60,000 could mark the bottom if fund outflows dry up",
  // "the $80 K region, where options open interest is parked") is the condition's or the place's, not its.
  const after = candidates.filter(
    (s) => s.start >= amount.end && !SUBORDINATE.test(block.text.slice(amount.end, s.start)),
  );
  // ", which is worth €350 billion," describes the noun before the comma: a company the detector does not know is
  // not bitcoin. Prices in such a clause ("the level, which was $9,600 then,") stay the page's.
  const which = block.asides.find(([s, e]) => amount.start > s && amount.end < e && block.text.startsWith(', wh', s));
  if (!price && which && !block.subjects.some((s) => s.end === which[0] && !isComparison(block.text, s))) return null;
  // What the amount qualifies ("the $2.3 trillion crypto market") is what it is of; the next cell of a table row
  // ("Bitcoin: $5,100 | Gold: $1,730") is not, nor a ticker's next pair ("BTC/USDT $109,240 ETH/USDT $4,390").
  if (
    after[0]?.start <= amount.end + 1 &&
    block.text[amount.end] !== '\u2063' &&
    !/\/[A-Z]+ $/.test(block.text.slice(amount.start - 6, amount.start))
  )
    return resolve(after[0]);
  // A subject in the amount's own clause wins, before or after it ("bitcoin was flat, while $3,100 for ether…").
  const ownBefore = before.filter((s) => s.start >= clause[0]);
  const own = ownBefore[ownBefore.length - 1];
  // "the firm sees resistance near $100,000": a forecaster's level is of the page's coin, not the firm's.
  // A forecasts table's row ("Firm: Bernstein | Target: $200,000") is the same.
  const lead = own ?? before[before.length - 1];
  if (
    lead?.actor &&
    price &&
    /\b(?:sees|expects|forecasts)\b|\u2063.*\b[Tt]arget/.test(block.text.slice(lead.end, amount.start))
  )
    return pageSubject;
  if (own) return resolve(own);
  if (after.length > 0 && after[0].end <= clause[1]) return resolve(after[0]);
  if (before.length > 0) {
    // "Bitcoin outperformed gold, rising to $61,000": a clause opened by a participle belongs to the
    // sentence's subject, not to the object just before it.
    const participle = /^\s*[a-z]+ing\b/i.test(block.text.slice(clause[0], amount.start));
    return resolve(participle ? before[0] : before[before.length - 1]);
  }
  // A sentence that names nothing before the amount ("It later fell to $58,000") needs price language, for
  // an amount the size of today's cap the words of one ("The market cap is $1.22T"), or a short label and
  // little after the value ("R2 $12,420" in a list of levels, "24h range: $59,620 – $65,480" in a
  // key-figures box, "$65,010 on Coinbase." in a live blog's entry); the last two not in a table row,
  // \u2063 between cells, whose first cell names a subject the detector may not know. Then the paragraph's
  // last subject, a subject opening the next clause ("At $61,000, bitcoin is…"), or the page's. A subject
  // further on belongs to something else: '"…back in play," said X, head of research at a crypto market maker'.
  const words = block.text.slice(sentence[0], sentence[1]);
  if (
    !mentionsLevel(words) &&
    (words.includes('\u2063') ||
      !(
        (capLine && mentionsCap(words)) ||
        (LABEL.test(block.text.slice(sentence[0], amount.start)) && sentence[1] - amount.end < 40)
      ))
  )
    return after.length > 0 ? resolve(after[0]) : null;
  // Flows and volumes named before a price-sized level, or just after it ("flush to $60,200 had every hallmark
  // of capitulation: record volume"), have no price of their own; a cap-sized amount may be one of theirs
  // ("That figure is around $620 billion" after realised capitalisation).
  return (
    // A blank line in plain text ends a paragraph: a text service's "LITECOIN $326" row says nothing of the prose
    // after it, which takes the page's subject.
    earlierSubject(block, sentence[0], !capLine, sentence[0], true, block.text.lastIndexOf('\n\n', sentence[0])) ??
    (after[0]?.start < clause[1] + 30 && after[0].kind !== 'measure' ? resolve(after[0]) : pageSubject)
  );
}

export function classifyAmount(
  block: Block,
  amount: MoneyAmount,
  figures: Figures,
  page: PageContext | undefined,
): AmountKind {
  const { text } = block;
  const { usd } = amount;
  let price = isPlausiblePrice(usd, figures);
  let cap = isPlausibleCap(usd, figures);
  const small = usd < figures.priceUsd;
  const sentence = sentenceAt(block.sentenceStarts, text.length, amount.start);
  if (!price && !cap) {
    // "one bitcoin fetched about $0.08": a price named as one coin's is one at any size below today's.
    const unit = namedUnit(
      text.slice(Math.max(0, amount.start - NEAR), amount.start),
      text.slice(amount.end, amount.end + NEAR),
    );
    if (small && unit === 'btc') return 'price';
    // On a page dated before 2017, or in a sentence naming such a year, a sentence that names bitcoin (or points
    // back to it: "its total market value", "it crashed to") is read at that time's sizes: a price in price
    // language ("reached $1", "crossed $100"), a cap called one.
    price = small && usd >= 0.01 && mentionsLevel(text.slice(sentence[0], sentence[1]));
    cap = !small && usd >= 1e8 && usd < figures.priceUsd * figures.supplyBtc;
    if (
      !(price || cap) ||
      !(page?.old || OLD_YEAR.test(text.slice(sentence[0], sentence[1]))) ||
      !block.subjects.some(
        (s) => (s.kind === 'btc' || s.kind === 'anaphor') && s.start >= sentence[0] && s.end <= sentence[1],
      )
    )
      return 'other';
  }
  const [clauseStart, clauseEnd] = clauseAround(text, sentence[0], sentence[1], amount.start, amount.end);
  const before = text.slice(Math.max(sentence[0], amount.start - NEAR), amount.start);
  const after = text.slice(amount.end, Math.min(sentence[1], amount.end + NEAR));
  if (isChange(before, after, amount.usd, figures.priceUsd)) return 'other';

  const unit = namedUnit(before, after, text.slice(sentence[0], amount.start));
  if (unit === 'other') return 'other';
  if (unit === 'btc') return price ? 'price' : 'other';
  // "… bought 0.25 BTC in 2020. Tonight it's worth $24,000", "That's $400 today": what a holding named in a sentence
  // before is worth.
  if (
    /\b(?:that|it|the (?:bitcoin|coins))(?:['’]s| is| was| would be)(?: worth)?(?: just)?(?: about| under| over| around)? $/i.test(
      before,
    ) &&
    /(?<![\d.,])(?!1\s)\d[\d.,]*\s*(?:btc|bitcoins?)\b|₿ ?(?!1\b)\d/i.test(
      text.slice(Math.max(0, amount.start - 200), sentence[0]),
    )
  )
    return 'other';
  // What buyers paid for a coin ("got in at an average of roughly $62,000"), and an option's strike ("calls at
  // $70,000", "the $55,000 strike", "the $1,500 put"): a level of the asset bought or optioned, one named in its
  // clause after it, or before it past the buyers (funds, companies) and the flows or open interest around it.
  if (
    price &&
    (PAID.test(text.slice(sentence[0], amount.start)) || STRIKE_BEFORE.test(before) || STRIKE_AFTER.test(after))
  ) {
    const next = block.subjects.find((s) => s.start >= amount.end && s.end <= clauseEnd && s.kind === 'other');
    // "an average of $34,700 for its coins": what a buyer paid on average for coins is per coin, whoever bought.
    return (next
      ? 'other'
      : / for (?:its|their) coins\b/.test(after.slice(0, 22))
        ? 'btc'
        : (earlierSubject(block, amount.start, true, amount.start, true) ?? (page?.aboutBitcoin ? 'btc' : null))) ===
      'btc'
      ? 'price'
      : 'other';
  }
  if (isMeasure(text.slice(clauseStart, amount.start), text.slice(amount.end, clauseEnd), price)) return 'other';

  // A number with no currency ("60,000 mark") is a price only beside bitcoin's own name.
  if (/^[\d,]+[kK]?$/.test(amount.text) && !BITCOIN_NAMED.test(text.slice(sentence[0], amount.start))) return 'other';
  const nearCap = isNearCap(amount.usd, figures);
  if (resolveSubject(block, amount, sentence, [clauseStart, clauseEnd], page, nearCap, price) !== 'btc') return 'other';
  if (price) return 'price';
  // Far from today's cap (history, forecasts) an amount must be called a cap, in its sentence or earlier
  // in the paragraph: volumes, open interest and holdings can reach such sizes.
  return nearCap || mentionsCap(text.slice(0, sentence[1])) ? 'cap' : 'other';
}

// "$93,482.34 (US$60,936.46)", "¥8.73 million per coin, or roughly $60,180": the figure just read, restated
// (in another currency, at another rate), is the same kind of figure. Two of a size side by side ("calls at
// $70,000 and $80,000", "the $65,000 and $70,000 call strikes") are too, whichever one the words name.
const RESTATED =
  /^(?: (?:per|a) (?:coin|bitcoin)| each| apiece)?(?: ?\(|,? or (?:about |roughly |around |nearly |some )?)$/;
const PAIRED = /^,? (?:and|or)(?: at)? $/;

/** How the amount before `amount` passes on its kind: 0 not at all, 1 to `amount` only, 2 either way. */
export function joins(text: string, previous: MoneyAmount, amount: MoneyAmount): number {
  const between = text.slice(previous.end, amount.start);
  // The same sum said again a few words on ("$66 K — that is $66,000", "written as $1.2trn") is the same figure.
  if (amount.usd === previous.usd && between.length < 90 && /\b(?:is|as)\b/.test(between)) return 1;
  const size = amount.usd < previous.usd * 2 && previous.usd < amount.usd * 2;
  // "went from $13 to $900", "$91,500 to $102,000": a move's or a range's two ends are levels of the same thing, at
  // any sizes after "from".
  if (
    /^ to (?:about |roughly )?$/.test(between) &&
    (size || /\bfrom (?:about |roughly )?$/.test(text.slice(0, previous.start)))
  )
    return 2;
  return size
    ? PAIRED.test(between)
      ? 2
      : +(
          RESTATED.test(between) ||
          // "$37,600 in Q2. In U.S. dollars, that's roughly US$28,700": the same figure in another currency.
          (amount.currency !== previous.currency &&
            /^[^$]{0,60}\b(?:that|this)(?:['’]s| is| was) (?:about |roughly )?$/i.test(between))
        )
    : 0;
}
