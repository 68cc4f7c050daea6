// What the toolbar shows for a state: text, colour and a title that carries every figure.
import {
  badgeText,
  formatAge,
  formatChangePct,
  formatClock,
  formatCompactUsd,
  formatPrice,
  formatSupply,
} from '../core/format';
import { freshness } from '../state/freshness';
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

export function badgeView(state: State, now: number, locale = 'en-US', pollMinutes?: number): BadgeView {
  const fresh = freshness(state, now, pollMinutes);
  const quote = state.quote;
  if (fresh.kind === 'none' || !quote) {
    const why = fresh.kind === 'none' && fresh.reason ? `no price yet: ${fresh.reason}` : 'fetching the price…';
    return { text: '', color: BADGE_COLORS.flat, title: `CapLens — ${why}` };
  }
  const change = quote.change24hPct;
  const figures = [
    `BTC ${formatPrice(quote.usd, locale)}`,
    `cap ${formatCompactUsd(quote.capUsd, locale)}`,
    `supply ${formatSupply(quote.supplyBtc, locale)}`,
    change === null ? '24h change unknown' : `${formatChangePct(change, locale)} 24h`,
  ].join(' · ');
  const clock = formatClock(quote.at, locale);
  const text = badgeText(quote.usd) ?? '';
  if (fresh.kind === 'stale') {
    return {
      text,
      color: BADGE_COLORS.stale,
      title: `CapLens — STALE since ${clock} (${formatAge(fresh.ageMs)} ago): ${fresh.reason}\nLast good: ${figures}`,
    };
  }
  const color = change === null || change === 0 ? BADGE_COLORS.flat : change > 0 ? BADGE_COLORS.up : BADGE_COLORS.down;
  return { text, color, title: `${figures} · updated ${clock}` };
}
