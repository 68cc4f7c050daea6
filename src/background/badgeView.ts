// What the toolbar shows for a state: text, colour and a title that carries every figure.
import { DOLLARS, type Money } from '../core/currency';
import {
  badgeText,
  formatAge,
  formatChangePct,
  formatClock,
  formatCompactMoney,
  formatPrice,
  formatSupply,
} from '../core/format';
import { t } from '../i18n/t';
import { freshness } from '../state/freshness';
import { reasonText } from '../state/reasons';
import type { BadgeContent } from '../state/settings';
import type { State } from '../state/state';

export const BADGE_COLORS = {
  up: '#1a7f37',
  down: '#c62828',
  flat: '#475569',
  stale: '#8a8f98',
} as const;

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export interface BadgeOptions {
  pollMinutes?: number;
  /** What the five characters show. */
  content?: BadgeContent;
  /** Off: one neutral colour, whatever the direction. */
  colors?: boolean;
  /** The currency to show amounts in, with its rate; dollars by default. */
  money?: Money;
}

function textFor(content: BadgeContent, quote: NonNullable<State['quote']>, money: Money): string | null {
  if (content === 'cap') return badgeText(quote.capUsd * money.rate);
  if (content === 'change') {
    const pct = quote.change24hPct;
    if (pct === null) return null;
    // "+2.1%" fits five characters up to ±9.9%; beyond, whole percents ("+12%").
    const digits = Math.abs(pct) < 9.95 ? 1 : 0;
    const text = `${pct > 0 ? '+' : ''}${pct.toFixed(digits)}%`;
    return text.length <= 5 ? text : `${pct > 0 ? '+' : '-'}99%`;
  }
  return badgeText(quote.usd * money.rate);
}

export function badgeView(state: State, now: number, locale = 'en-US', options: BadgeOptions = {}): BadgeView {
  const { pollMinutes, content = 'price', colors = true, money = DOLLARS } = options;
  const fresh = freshness(state, now, pollMinutes);
  const quote = state.quote;
  if (fresh.kind === 'none' || !quote) {
    const title =
      fresh.kind === 'none' && fresh.reason ? t('badgeNoPrice', reasonText(fresh.reason)) : t('badgeFetching');
    return { text: '', color: BADGE_COLORS.flat, title };
  }
  const change = quote.change24hPct;
  const figureParts = [
    formatPrice(quote.usd * money.rate, locale, false, money.currency) ?? '',
    formatCompactMoney(quote.capUsd * money.rate, locale, money.currency) ?? '',
    formatSupply(quote.supplyBtc, locale) ?? '',
    change === null ? t('badgeChangeUnknown') : t('badgeChange', formatChangePct(change, locale) ?? ''),
  ] as const;
  const clock = formatClock(quote.at, locale);
  const text = textFor(content, quote, money) ?? '';
  if (fresh.kind === 'stale') {
    return {
      text,
      color: colors ? BADGE_COLORS.stale : BADGE_COLORS.flat,
      title: t(
        'badgeStale',
        clock,
        formatAge(fresh.ageMs, t),
        reasonText(fresh.reason),
        t('badgeFigures', ...figureParts),
      ),
    };
  }
  const color =
    !colors || change === null || change === 0 ? BADGE_COLORS.flat : change > 0 ? BADGE_COLORS.up : BADGE_COLORS.down;
  return { text, color, title: t('badgeTitle', ...figureParts, clock) };
}
