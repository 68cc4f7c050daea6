// The price, large, with its 24 h change and how fresh it is.
import { formatAge, formatChangePct, formatPrice } from '../../core/format';
import { freshness } from '../../state/freshness';
import type { State } from '../../state/state';

export function PriceHeadline(props: { state: State; now: number; locale: string; pollMinutes?: number }) {
  const { state, now, locale, pollMinutes } = props;
  const fresh = freshness(state, now, pollMinutes);
  const quote = state.quote;
  if (fresh.kind === 'none' || !quote) {
    return (
      <section class="headline">
        <p class="price placeholder" data-testid="price">
          No price yet
        </p>
        <p class="freshness" data-testid="freshness">
          {fresh.kind === 'none' && fresh.reason ? `Last try: ${fresh.reason}` : 'Fetching the first price…'}
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
        {formatPrice(quote.usd, locale, true)}
      </p>
      <p class="sub">
        <span class={`change ${direction}`} data-testid="change">
          {change === null ? '24 h change unknown' : `${arrow} ${formatChangePct(change, locale)} 24 h`}
        </span>
        <span class={`freshness ${fresh.kind}`} data-testid="freshness">
          {fresh.kind === 'live'
            ? `live · ${formatAge(fresh.ageMs)} ago`
            : `stale · figures from ${formatAge(fresh.ageMs)} ago · ${fresh.reason}`}
        </span>
      </p>
    </section>
  );
}
