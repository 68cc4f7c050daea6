// What every provider module exports: where it lives and how to read its answer.
import type { Rates } from '../core/currency';
import type { PROVIDER_IDS } from '../state/state';

export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface PriceReading {
  usd: number;
  change24hPct: number | null;
  /** The provider's own market cap, kept for the supply cross-check. */
  capUsd: number | null;
  /** Units of another currency per US dollar, from a source that quotes bitcoin in several. */
  rates?: Rates;
}

interface ProviderBase {
  id: ProviderId;
  /** The name users know it by. */
  name: string;
  /** Origin of the real service; replaced by CAPLENS_API_ORIGIN/<id> in replay builds. */
  origin: string;
  path: string;
}

export interface PriceProvider extends ProviderBase {
  role: 'price';
  parse(text: string): PriceReading;
}

export interface HeightProvider extends ProviderBase {
  role: 'height';
  parse(text: string): number;
}

export type Provider = PriceProvider | HeightProvider;
