// UTC days as YYYY-MM-DD strings: they sort as text, survive JSON, and match how the history is dated.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;
// The milestone step asks for the day of nearly every reading, and readings come a minute apart.
let cached = { dayNumber: Number.NaN, text: '' };

export function utcDay(ms: number): string {
  const dayNumber = Math.floor(ms / DAY_MS);
  if (dayNumber !== cached.dayNumber) cached = { dayNumber, text: new Date(ms).toISOString().slice(0, 10) };
  return cached.text;
}

/** A real calendar day written YYYY-MM-DD ("2024-02-30" is not one). */
export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && utcDay(ms) === text;
}
