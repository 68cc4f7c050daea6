// Memories stored by builds before version 2 held each line near the last value with the side it was last
// announced on, and only the time of the last high announced. Version 2 keeps the lines that count as above
// while the last value is under them, and the value of the last high announced.
//
// The upgrade never announces anything on its own: a line the last value is under but was held (whichever
// side) stays held, so the next rise over it is not news; a line held that the value is over is simply
// above. The last high announced is taken to be the high at the time, which can only make the next high
// announcement later, never sooner.

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function metricFromVersion1(part: unknown): unknown {
  if (!isRecord(part) || !Array.isArray(part.held) || typeof part.last !== 'number') return part;
  const { highAnnouncedAt, held, ...rest } = part;
  const last = part.last;
  const lines = held
    .flatMap((h) => (isRecord(h) && typeof h.line === 'number' && h.line > last ? [h.line] : []))
    .sort((a, b) => a - b);
  const high = isRecord(part.high) ? part.high.value : undefined;
  const highAnnounced =
    typeof highAnnouncedAt === 'number' && typeof high === 'number' ? { value: high, at: highAnnouncedAt } : null;
  return { ...rest, held: lines, busy: [], highAnnounced };
}

/** A stored memory in version 2's shape when it is version 1's; anything else as it is. */
export function fromVersion1(raw: unknown): unknown {
  if (!isRecord(raw) || raw.version !== 1) return raw;
  return { ...raw, version: 2, price: metricFromVersion1(raw.price), cap: metricFromVersion1(raw.cap) };
}
