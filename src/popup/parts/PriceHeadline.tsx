// The price, large, with its 24 h change and how fresh it is.
import type { Money } from '../../core/currency';
import { formatAge, formatChangePct, formatPrice } from '../../core/format';
import { t } from '../../i18n/t';
import { freshness } from '../../state/freshness';
import { reasonText } from '../../state/reasons';
import type { State } from '../../state/state';

export function PriceHeadline(props: {
  state: State;
  now: number;
  locale: string;
  money: Money;
  pollMinutes?: number;
}) {
  const { state, now, locale, money, pollMinutes } = props;
  const fresh = freshness(state, now, pollMinutes);
  const quote = state.quote;
  if (fresh.kind === 'none' || !quote) {
    return (
      <section class="headline">
        <p class="price placeholder" data-testid="price">
          {t('noPriceYet')}
        </p>
        <p class="freshness" data-testid="freshness">
          {fresh.kind === 'none' && fresh.reason ? t('lastTry', reasonText(fresh.reason)) : t('fetchingFirst')}
        </p>
      </section>
    );
  }
  const change = quote.change24hPct;
  const direction = change === null || change === 0 ? 'flat' : change > 0 ? 'up' : 'down';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '•';
  return (
    <section class="headline">
      <p class="price" data-testid="price" aria-live="polite">
        {formatPrice(quote.usd * money.rate, locale, true, money.currency)}
      </p>
      <p class="sub">
        <span class={`change ${direction}`} data-testid="change">
          {change === null ? t('change24hUnknown') : t('change24h', arrow, formatChangePct(change, locale) ?? '')}
        </span>
        <span class={`freshness ${fresh.kind}`} data-testid="freshness">
          {fresh.kind === 'live'
            ? t('live', formatAge(fresh.ageMs, t))
            : t('stale', formatAge(fresh.ageMs, t), reasonText(fresh.reason))}
        </span>
      </p>
    </section>
  );
}
