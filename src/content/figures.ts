// The live figures the notes need, read from the stored state. Checked by hand rather than with
// the state's schema, which would add a schema library to every page the script runs on.

export interface Figures {
  priceUsd: number;
  supplyBtc: number;
}

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

export function figuresFrom(stored: unknown): Figures | null {
  const quote = (stored as { quote?: { usd?: unknown; supplyBtc?: unknown } } | null)?.quote;
  if (!quote || !positive(quote.usd) || !positive(quote.supplyBtc)) return null;
  return { priceUsd: quote.usd, supplyBtc: quote.supplyBtc };
}
