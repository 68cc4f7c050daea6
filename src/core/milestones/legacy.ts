// Events stored before milestones followed the currency were in dollars, under other names. Kept
// apart from the schemas so the popup's light reader can use it without the schema library.

/** An event as stored by an earlier version, in today's shape; anything else as it is. */
export function fromDollarEvent(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || 'currency' in entry) return entry;
  const { usd, capUsd, ...rest } = entry as Record<string, unknown>;
  return { ...rest, price: usd, cap: capUsd, currency: 'USD' };
}
