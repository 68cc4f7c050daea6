// Bitcoin's issuance schedule, computed exactly in integer satoshis.
// Check values and the schedule itself: Bitcoin Core's GetBlockSubsidy (validation.cpp).

export const HALVING_INTERVAL = 210_000;
export const INITIAL_SUBSIDY_SATS = 5_000_000_000n;
export const SATS_PER_BTC = 100_000_000n;
/** The last block whose subsidy is not zero (the right shift reaches 33 whole halvings after it). */
export const LAST_SUBSIDISED_HEIGHT = 6_929_999;
/** Target spacing between blocks, used only for estimating dates. */
export const TARGET_BLOCK_SECONDS = 600;

function assertHeight(height: number): void {
  if (!Number.isSafeInteger(height) || height < 0) {
    throw new RangeError(`block height must be a non-negative integer, got ${String(height)}`);
  }
}

/** Subsidy of the block at `height`, in satoshis. */
export function subsidyAt(height: number): bigint {
  assertHeight(height);
  const era = Math.floor(height / HALVING_INTERVAL);
  // Bitcoin Core returns 0 once the shift would reach 64 bits; the value is already 0 from era 33 on.
  if (era >= 64) return 0n;
  return INITIAL_SUBSIDY_SATS >> BigInt(era);
}

/** Satoshis issued by blocks 0..height inclusive (the genesis block counts, as aggregators count it). */
export function issuedSatsThrough(height: number): bigint {
  assertHeight(height);
  const era = Math.floor(height / HALVING_INTERVAL);
  let total = 0n;
  const wholeEras = Math.min(era, 64);
  for (let e = 0; e < wholeEras; e++) {
    total += BigInt(HALVING_INTERVAL) * (INITIAL_SUBSIDY_SATS >> BigInt(e));
  }
  if (era < 64) {
    const blocksInEra = BigInt(height - era * HALVING_INTERVAL + 1);
    total += blocksInEra * (INITIAL_SUBSIDY_SATS >> BigInt(era));
  }
  return total;
}

/** Converts satoshis to BTC; exact for every supply bitcoin can have (below 2^53 sats). */
export function satsToBtc(sats: bigint): number {
  const whole = sats / SATS_PER_BTC;
  const rest = sats % SATS_PER_BTC;
  return Number(whole) + Number(rest) / 1e8;
}

export function issuedBtcThrough(height: number): number {
  return satsToBtc(issuedSatsThrough(height));
}

export interface NextHalving {
  /** Height of the first block with the halved subsidy. */
  height: number;
  blocksLeft: number;
  /** Estimated time, in ms since the epoch, at ten minutes a block. */
  estimatedAt: number;
  /** Subsidy after the halving, in BTC. */
  subsidyBtc: number;
}

/** The next halving after the block at `height`; null once issuance has ended. */
export function nextHalving(height: number, now: number): NextHalving | null {
  assertHeight(height);
  if (height >= LAST_SUBSIDISED_HEIGHT) return null;
  const next = (Math.floor(height / HALVING_INTERVAL) + 1) * HALVING_INTERVAL;
  const blocksLeft = next - height;
  return {
    height: next,
    blocksLeft,
    estimatedAt: now + blocksLeft * TARGET_BLOCK_SECONDS * 1000,
    subsidyBtc: satsToBtc(subsidyAt(next)),
  };
}
