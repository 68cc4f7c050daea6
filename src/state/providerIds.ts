// Every provider CapLens can ask, by id: shared by the state schema, the settings and the registry.
export const PROVIDER_IDS = ['coingecko', 'coinbase', 'kraken', 'mempool', 'blockstream'] as const;
