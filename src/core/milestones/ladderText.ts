// A ladder as a user types it on the options page: round amounts separated by commas,
// with k, M, B and T for thousands to trillions ("90k, 100k, 125k", "1T, 1.5T, 2T").
import { type Translate, t } from '../../i18n/t';
import { checkLadder, type Ladder, MAX_LADDER_VALUES } from './ladder';

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

export type LadderTextResult = { ok: true; ladder: Ladder | null } | { ok: false; error: string };

/** A comma between a digit and three more (not a suffix) groups thousands ("100,000"); any other separates lines. */
const THOUSANDS_COMMA = /(\d),(?=\d{3}(?![\d.]|\s*[kmbt]))/gi;

/** Empty text means the default ladder (null). */
export function parseLadderText(text: string, tr: Translate = t): LadderTextResult {
  const parts = text
    .replace(THOUSANDS_COMMA, '$1')
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: true, ladder: null };
  if (parts.length > MAX_LADDER_VALUES) return { ok: false, error: tr('errLadderTooMany', MAX_LADDER_VALUES) };
  const values: number[] = [];
  for (const part of parts) {
    // A currency sign or code in front is allowed and ignored: the lines are in the currency shown.
    const match = /^(?:[$€£¥]|[A-Z]{0,2}\$|USD|EUR|GBP|JPY|CAD|AUD|CHF)?\s*(\d+(?:\.\d+)?)\s*([kmbt])?$/i.exec(part);
    if (!match) return { ok: false, error: tr('errAmount', part) };
    const value = Math.round(Number(match[1]) * (match[2] ? SUFFIX[match[2].toLowerCase()] : 1));
    if (!Number.isSafeInteger(value)) return { ok: false, error: tr('errAmount', part) };
    if (value <= 0) return { ok: false, error: tr('errLadderZero', part) };
    if (values.includes(value)) return { ok: false, error: tr('errLadderTwice', part) };
    values.push(value);
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
export function ladderText(ladder: Ladder | null, tr: Translate = t): string {
  if (!ladder) return '';
  if ('values' in ladder) return ladder.values.map(short).join(', ');
  return ladder.segments
    .map((s) => (s.upTo ? tr('ladderEveryUpTo', short(s.step), short(s.upTo)) : tr('ladderEvery', short(s.step))))
    .join('; ');
}
