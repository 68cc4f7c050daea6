// Every provider CapLens can ask, by id: shared by the state schema, the settings and the registry.
export const PROVIDER_IDS = ['coingecko', 'coinbase', 'kraken', 'mempool', 'blockstream'] as const;

/** The names users know the providers by, for pages that list them without loading the providers' parsers. */
export const PROVIDER_NAMES: Record<(typeof PROVIDER_IDS)[number], string> = {
  coingecko: 'CoinGecko',
  coinbase: 'Coinbase',
  kraken: 'Kraken',
  mempool: 'mempool.space',
  blockstream: 'blockstream.info',
};
