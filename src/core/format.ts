import type { Translate } from '../i18n/t';

// Formatting of figures for people. Every function returns null rather than a string that
// would show NaN, 0 or "undefined": callers show their own honest text instead.

/** A finite number above zero: the only kind of figure worth showing. */
export const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

const cache = new Map<string, Intl.NumberFormat>();
/** One formatter per locale and options, made once: making one costs far more than formatting. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Badge text: at most five characters ("61.2k", "104k", "1.2M"); always in the compact Latin form. */
export function badgeText(usd: number | null | undefined): string | null {
  if (!isPositive(usd)) return null;
  const text = numberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 })
    .format(usd)
    .replace('K', 'k');
  return text.length <= 5 ? text : null;
}

/**
 * A price: whole units from 1,000 up, cents below ("$61,234", "$0.99"); with `cents`, to the
 * currency's smallest unit ("$61,234.50", but "¥9,491,348": yen have no cents).
 */
export function formatPrice(
  amount: number | null | undefined,
  locale = 'en-US',
  cents = false,
  currency = 'USD',
): string | null {
  if (!isPositive(amount)) return null;
  const minor = numberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const fractionDigits = cents || amount < 1000 ? minor : 0;
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount);
}

/** A large amount, compact with three significant digits ("$1.22T", "$900B", "€1.12T"). */
export function formatCompactMoney(
  amount: number | null | undefined,
  locale = 'en-US',
  currency = 'USD',
): string | null {
  if (!isPositive(amount)) return null;
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(amount);
}

/** Whole coins of supply ("19,953,128"); issued fractions are never rounded up. */
export function formatSupply(btc: number | null | undefined, locale = 'en-US'): string | null {
  if (!isPositive(btc)) return null;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.floor(btc));
}

/**
 * A percentage in the locale's own form ("2.1%", "2,1 %" in German and Spanish), with one decimal
 * unless `options` say otherwise (`signDisplay: 'exceptZero'` for "+2.1%").
 */
export function formatPct(
  pct: number | null | undefined,
  locale = 'en-US',
  options?: Intl.NumberFormatOptions,
): string | null {
  // Number.isFinite is false for anything but a finite number (null, undefined, NaN).
  return Number.isFinite(pct)
    ? numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, ...options }).format(
        (pct as number) / 100,
      )
    : null;
}

/** A signed percentage with one decimal ("+2.1%", "-0.4%"); zero has no sign. */
export const formatChangePct = (pct: number | null | undefined, locale = 'en-US'): string | null =>
  formatPct(pct, locale, { signDisplay: 'exceptZero' });

/** A duration in words for "updated 12 s ago" ("12 s", "4 min", "3 h", "2 d"), in the user's language. */
export function formatAge(ms: number, tr: Translate): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return tr('ageSeconds', seconds);
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return tr('ageMinutes', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return tr('ageHours', hours);
  return tr('ageDays', Math.round(hours / 24));
}

/** A clock time in the user's locale ("16:23:05", or "16:23" without seconds). */
export function formatClock(at: number, locale = 'en-US', timeZone?: string, seconds = true): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hour12: false,
    timeZone,
  }).format(at);
}
