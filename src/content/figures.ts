// The live figures the notes need, read from the stored state. Checked by hand rather than with
// the state's schema, which would add a schema library to every page the script runs on.

export interface Figures {
  priceUsd: number;
  supplyBtc: number;
}

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

export function figuresFrom(stored: unknown): Figures | null {
  const quote = (stored as { quote?: Record<string, unknown> } | null)?.quote;
  // The stored fields by name: the bundle shortens the script's own `usd` and `supplyBtc`
  // properties (scripts/lib/buildContentScript.mjs), never a name read from storage.
  const field = (name: string) => quote?.[name];
  const usd = field('usd');
  const supplyBtc = field('supplyBtc');
  if (!positive(usd) || !positive(supplyBtc)) return null;
  return { priceUsd: usd, supplyBtc };
}
