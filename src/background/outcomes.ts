// What asking each provider gave in one round, before it is folded into the state.
import type { ProviderError } from '../providers/errors';
import type { PriceReading, ProviderId } from '../providers/types';

export type Outcome<T> =
  | { id: ProviderId; kind: 'answer'; at: number; value: T }
  | { id: ProviderId; kind: 'error'; at: number; error: ProviderError }
  /** Not asked: backing off until retryAt. */
  | { id: ProviderId; kind: 'waiting'; retryAt: number }
  /** Not asked: a fallback the round did not need. */
  | { id: ProviderId; kind: 'standby' };

export interface RoundOutcomes {
  startedAt: number;
  finishedAt: number;
  prices: Outcome<PriceReading>[];
  heights: Outcome<number>[];
}
