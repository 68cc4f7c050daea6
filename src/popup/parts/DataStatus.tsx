// Which providers answered, which failed and why, in words.
import { formatClock } from '../../core/format';
import { allProviders } from '../../providers/registry';
import type { ProviderStatus, State } from '../../state/state';

function statusWords(status: ProviderStatus | undefined, now: number, locale: string): string {
  if (!status) return 'not asked yet';
  switch (status.state) {
    case 'ok':
      return 'answered';
    case 'standby':
      return 'not needed (fallback)';
    case 'outlier':
      return `left out: ${status.message}`;
    case 'failed':
    case 'waiting': {
      const retry =
        status.retryAt && status.retryAt > now
          ? ` · retry ${formatClock(status.retryAt, locale, undefined, false)}`
          : '';
      return `${status.state === 'waiting' ? 'waiting: ' : 'failed: '}${status.message ?? 'no answer'}${retry}`;
    }
  }
}

export function DataStatus({ state, now, locale }: { state: State; now: number; locale: string }) {
  const check = state.supplyCheck;
  return (
    <section class="status" aria-label="Data sources">
      <h2>Sources</h2>
      <ul>
        {allProviders.map((provider) => {
          const status = state.providers[provider.id];
          return (
            <li
              key={provider.id}
              class={`provider ${status?.state ?? 'unknown'}`}
              data-testid={`provider-${provider.id}`}
            >
              <span class="name">{provider.name}</span> <span class="why">{statusWords(status, now, locale)}</span>
            </li>
          );
        })}
      </ul>
      {check && !check.agrees ? (
        <p class="note warn">
          Supply differs from {check.source} by {check.deviationPct.toFixed(2)}%: the chain height may be out of date.
        </p>
      ) : null}
    </section>
  );
}
