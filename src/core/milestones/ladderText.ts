// A ladder as a user types it on the options page: round amounts separated by commas,
// with k, M, B and T for thousands to trillions ("90k, 100k, 125k", "1T, 1.5T, 2T").
import { type Translate, t } from '../../i18n/t';
import { checkLadder, type Ladder } from './ladder';

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

export type LadderTextResult = { ok: true; ladder: Ladder | null } | { ok: false; error: string };

/** Empty text means the default ladder (null). */
export function parseLadderText(text: string, tr: Translate = t): LadderTextResult {
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: true, ladder: null };
  const values: number[] = [];
  for (const part of parts) {
    // A currency sign or code in front is allowed and ignored: the lines are in the currency shown.
    const match = /^(?:[$€£¥]|[A-Z]{0,2}\$|USD|EUR|GBP|JPY|CAD|AUD|CHF)?\s*(\d+(?:\.\d+)?)\s*([kmbt])?$/i.exec(
      part.replace(/,/g, ''),
    );
    if (!match) return { ok: false, error: tr('errAmount', part) };
    values.push(Math.round(Number(match[1]) * (match[2] ? SUFFIX[match[2].toLowerCase()] : 1)));
  }
  const check = checkLadder({ values });
  return check.ok ? { ok: true, ladder: check.ladder } : { ok: false, error: check.error };
}

function short(value: number): string {
  for (const [suffix, size] of [
    ['T', 1e12],
    ['B', 1e9],
    ['M', 1e6],
    ['k', 1e3],
  ] as const) {
    if (value >= size) return `${Number((value / size).toPrecision(6))}${suffix}`;
  }
  return String(value);
}

/** The text the options page shows for a stored ladder; empty for the default one. */
export function ladderText(ladder: Ladder | null): string {
  if (!ladder) return '';
  if ('values' in ladder) return ladder.values.map(short).join(', ');
  return ladder.segments.map((s) => `every ${short(s.step)}${s.upTo ? ` up to ${short(s.upTo)}` : ''}`).join('; ');
}
