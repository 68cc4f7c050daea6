// Market cap, supply (and the block it was computed from), and the next halving.

import type { Money } from '../../core/currency';
import { formatCompactMoney, formatSupply } from '../../core/format';
import type { Quote } from '../../core/quote';
import { nextHalving } from '../../core/supply';
import { t } from '../../i18n/t';

export function Figures({ quote, now, locale, money }: { quote: Quote; now: number; locale: string; money: Money }) {
  const halving = nextHalving(quote.height, now);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <dl class="figures">
      <dt>{t('marketCap')}</dt>
      <dd data-testid="cap">{formatCompactMoney(quote.capUsd * money.rate, locale, money.currency)}</dd>
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
