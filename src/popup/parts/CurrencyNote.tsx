// Says how figures in another currency were converted, or that they are in dollars for now.
import type { Currency, Money } from '../../core/currency';
import { t } from '../../i18n/t';

export function CurrencyNote({ wanted, money, locale }: { wanted: Currency; money: Money; locale: string }) {
  if (wanted === 'USD') return null;
  const text =
    money.currency === wanted
      ? t('convertedAt', wanted, new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 }).format(money.rate))
      : t('rateUnavailable', wanted);
  return (
    <p class="note" data-testid="currency-note">
      {text}
    </p>
  );
}
