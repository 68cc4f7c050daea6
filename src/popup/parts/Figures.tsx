// Market cap, supply (and the block it was computed from), and the next halving.

import { formatCompactUsd, formatSupply } from '../../core/format';
import type { Quote } from '../../core/quote';
import { nextHalving } from '../../core/supply';
import { t } from '../../i18n/t';

export function Figures({ quote, now, locale }: { quote: Quote; now: number; locale: string }) {
  const halving = nextHalving(quote.height, now);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <dl class="figures">
      <dt>{t('marketCap')}</dt>
      <dd data-testid="cap">{formatCompactUsd(quote.capUsd, locale)}</dd>
      <dt>{t('supply')}</dt>
      <dd data-testid="supply" title={t('computedFromBlock', integer.format(quote.height))}>
        {t('supplyBtc', formatSupply(quote.supplyBtc, locale) ?? '')}
      </dd>
      <dt>{t('nextHalving')}</dt>
      <dd data-testid="halving">
        {halving
          ? t(
              'halvingIn',
              integer.format(halving.blocksLeft),
              new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(halving.estimatedAt),
            )
          : t('halvingNone')}
      </dd>
    </dl>
  );
}
