// Replay builds (CAPLENS_API_ORIGIN=http://127.0.0.1:N npm run build) send every provider request
// to the loopback simulator; the shipped build has null here and talks to the real services.
declare const __CAPLENS_API_ORIGIN__: string | null;

export const API_ORIGIN: string | null = __CAPLENS_API_ORIGIN__;
