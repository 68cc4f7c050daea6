// Which amounts could be a bitcoin price or market cap at all, judged against today's figures.
// History and forecasts count, so the bands are wide, but far apart: a bitcoin price and a bitcoin
// cap differ by the supply (about 2e7), which leaves the band between them to flows, holdings,
// liquidations and revenue, none of which is annotated.

export interface Figures {
  priceUsd: number;
  supplyBtc: number;
}

/** How far back (history) and forward (forecasts) a figure may sit from today's and still be meant. */
const PRICE_SPAN_DOWN = 500;
const PRICE_SPAN_UP = 30;
// Narrower below than prices: a "$1 billion" bitcoin cap is a typo, and caps under ~$40B are a decade old.
const CAP_SPAN_DOWN = 30;
const CAP_SPAN_UP = 30;

export function isPlausiblePrice(usd: number, { priceUsd }: Figures): boolean {
  return usd >= priceUsd / PRICE_SPAN_DOWN && usd <= priceUsd * PRICE_SPAN_UP;
}

export function isPlausibleCap(usd: number, { priceUsd, supplyBtc }: Figures): boolean {
  const cap = priceUsd * supplyBtc;
  return usd >= cap / CAP_SPAN_DOWN && usd <= cap * CAP_SPAN_UP;
}

/** Within a factor of three of today's cap: what only bitcoin's own cap (or the whole market's) amounts to. */
export function isNearCap(usd: number, { priceUsd, supplyBtc }: Figures): boolean {
  const cap = priceUsd * supplyBtc;
  return usd >= cap / 3 && usd <= cap * 3;
}
