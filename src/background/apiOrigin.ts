// Replay builds (CAPLENS_API_ORIGIN=http://127.0.0.1:N npm run build) send every provider request
// to the loopback simulator; the shipped build has null here and talks to the real services.
declare const __CAPLENS_API_ORIGIN__: string | null;
declare const __CAPLENS_PROVIDER_TIMEOUT_MS__: number | null;

export const API_ORIGIN: string | null = __CAPLENS_API_ORIGIN__;
/** A replay build's shorter wait for a provider (CAPLENS_PROVIDER_TIMEOUT_MS); null: fetchText's own. */
export const PROVIDER_TIMEOUT_MS: number | null = __CAPLENS_PROVIDER_TIMEOUT_MS__;
