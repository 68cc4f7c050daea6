// The live figures the notes need, read from the stored state. Checked by hand rather than with
// the state's schema, which would add a schema library to every page the script runs on.
import { isPositive } from '../core/format';

export interface Figures {
  priceUsd: number;
  supplyBtc: number;
}

export function figuresFrom(stored: unknown): Figures | null {
  const quote = (stored as { quote?: Record<string, unknown> } | null)?.quote;
  // The stored fields by name: the bundle shortens the script's own `usd` and `supplyBtc`
  // properties (scripts/lib/buildContentScript.mjs), never a name read from storage.
  const field = (name: string) => quote?.[name];
  const usd = field('usd');
  const supplyBtc = field('supplyBtc');
  if (!isPositive(usd) || !isPositive(supplyBtc)) return null;
  return { priceUsd: usd, supplyBtc };
}
