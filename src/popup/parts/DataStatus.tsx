// Which providers answered, which failed and why, in words.

import { formatClock, formatPct } from '../../core/format';
import { t } from '../../i18n/t';
import { PROVIDER_IDS, PROVIDER_NAMES } from '../../state/providerIds';
import type { ProviderStatus, State } from '../../state/state';

function statusWords(status: ProviderStatus | undefined, now: number, locale: string): string {
  if (!status) return t('notAskedYet');
  switch (status.state) {
    case 'ok':
      return t('answered');
    case 'standby':
      return t('notNeeded');
    case 'outlier':
      return t('leftOut', status.message ?? '');
    case 'failed':
    case 'waiting': {
      // The provider's own words (HTTP statuses, what was wrong with the answer) stay as they are.
      const what = t(status.state, status.message ?? t('noAnswer'));
      return status.retryAt && status.retryAt > now
        ? t('retryAt', what, formatClock(status.retryAt, locale, undefined, false))
        : what;
    }
  }
}

export function DataStatus({ state, now, locale }: { state: State; now: number; locale: string }) {
  const check = state.supplyCheck;
  return (
    <section class="status" aria-label={t('dataSources')}>
      <h2>{t('sources')}</h2>
      <ul>
        {PROVIDER_IDS.map((id) => {
          const status = state.providers[id];
          return (
            <li key={id} class={`provider ${status?.state ?? 'unknown'}`} data-testid={`provider-${id}`}>
              <span class="name">{PROVIDER_NAMES[id]}</span> <span class="why">{statusWords(status, now, locale)}</span>
            </li>
          );
        })}
      </ul>
      {check && !check.agrees ? (
        <p class="note warn">
          {t(
            'supplyDiffers',
            check.source,
            formatPct(check.deviationPct, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) ?? '',
          )}
        </p>
      ) : null}
    </section>
  );
}
