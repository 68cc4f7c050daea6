// Every provider CapLens knows, in the order they are asked.
import { coinbase } from './coinbase';
import { coingecko } from './coingecko';
import { kraken } from './kraken';
import { blockstream, mempool } from './tipHeight';
import type { HeightProvider, PriceProvider, Provider } from './types';

export const priceProviders: readonly PriceProvider[] = [coingecko, coinbase, kraken];
/** Asked in order: the second only when the first gives no height. */
export const heightProviders: readonly HeightProvider[] = [mempool, blockstream];
export const allProviders: readonly Provider[] = [...priceProviders, ...heightProviders];

/** Where a provider is reached: its real origin, or `<apiOrigin>/<id>` in a replay build. */
export function providerUrl(provider: Pick<Provider, 'id' | 'origin' | 'path'>, apiOrigin: string | null): string {
  const base = apiOrigin ? `${apiOrigin.replace(/\/$/, '')}/${provider.id}` : provider.origin;
  return base + provider.path;
}
