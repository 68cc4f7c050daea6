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

/** From `down` times below today's figure to `up` times above it. */
const within = (usd: number, today: number, down: number, up = down): boolean =>
  usd >= today / down && usd <= today * up;

export const isPlausiblePrice = (usd: number, { priceUsd }: Figures): boolean =>
  within(usd, priceUsd, PRICE_SPAN_DOWN, PRICE_SPAN_UP);

export const isPlausibleCap = (usd: number, { priceUsd, supplyBtc }: Figures): boolean =>
  within(usd, priceUsd * supplyBtc, CAP_SPAN_DOWN, CAP_SPAN_UP);

/** Within a factor of three of today's cap: what only bitcoin's own cap (or the whole market's) amounts to. */
export const isNearCap = (usd: number, { priceUsd, supplyBtc }: Figures): boolean =>
  within(usd, priceUsd * supplyBtc, 3);
