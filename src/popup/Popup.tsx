import { useState } from 'preact/hooks';
import { formatAge, formatChangePct, formatCompactUsd, formatPrice, formatSupply } from '../core/format';
import { providerName } from '../providers/registry';
import type { ProviderId } from '../providers/types';
import { freshness } from '../state/freshness';
import type { State } from '../state/state';
import { requestRefresh } from './refresh';
import { useNow, useStoredState } from './useStoredState';

const locale = navigator.language || 'en-US';

function StatusLine({ state, now }: { state: State; now: number }) {
  const fresh = freshness(state, now);
  if (fresh.kind === 'none') {
    return <p class="status">{fresh.reason ? `No price yet: ${fresh.reason}` : 'Fetching the first price…'}</p>;
  }
  if (fresh.kind === 'stale') {
    return (
      <p class="status stale" data-testid="freshness">
        Stale · {formatAge(fresh.ageMs)} old · {fresh.reason}
      </p>
    );
  }
  return (
    <p class="status live" data-testid="freshness">
      live · {formatAge(fresh.ageMs)} ago
    </p>
  );
}

function Providers({ state }: { state: State }) {
  const entries = Object.entries(state.providers) as [ProviderId, NonNullable<State['providers'][ProviderId]>][];
  if (entries.length === 0) return null;
  return (
    <ul class="providers" aria-label="Data sources">
      {entries.map(([id, status]) => (
        <li key={id} class={`provider ${status.state}`}>
          <span>{providerName(id)}</span>{' '}
          <span>{status.state === 'ok' ? 'answered' : status.state === 'standby' ? 'not needed' : status.message}</span>
        </li>
      ))}
    </ul>
  );
}

export function Popup() {
  const state = useStoredState();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  const refresh = async () => {
    setBusy(true);
    const reply = await requestRefresh();
    setRefreshError(reply.ok ? null : reply.error);
    setBusy(false);
  };

  if (!state) return <p class="status">Loading…</p>;
  const quote = state.quote;
  const change = quote?.change24hPct ?? null;
  const direction = change === null || change === 0 ? 'flat' : change > 0 ? 'up' : 'down';
  return (
    <>
      <header>
        <h1>Bitcoin</h1>
        <button type="button" onClick={refresh} disabled={busy} aria-label="Refresh now">
          {busy ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>
      {quote ? (
        <section class="figures">
          <p class="price" aria-live="polite" data-testid="price">
            {formatPrice(quote.usd, locale)}
          </p>
          <p class={`change ${direction}`} data-testid="change">
            {change === null
              ? '24 h change unknown'
              : `${change > 0 ? '▲' : change < 0 ? '▼' : '•'} ${formatChangePct(change, locale)} 24 h`}
          </p>
          <dl>
            <dt>Market cap</dt>
            <dd data-testid="cap">{formatCompactUsd(quote.capUsd, locale)}</dd>
            <dt>Supply</dt>
            <dd data-testid="supply" title={`computed from block ${quote.height.toLocaleString(locale)}`}>
              {formatSupply(quote.supplyBtc, locale)} BTC
            </dd>
          </dl>
        </section>
      ) : null}
      <StatusLine state={state} now={now} />
      {refreshError ? <p class="status stale">Refresh failed: {refreshError}</p> : null}
      <Providers state={state} />
    </>
  );
}
