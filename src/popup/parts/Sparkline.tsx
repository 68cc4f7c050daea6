// The price over the last 24 h or 7 d, drawn from the stored history.

import { useState } from 'preact/hooks';
import type { Money } from '../../core/currency';
import { formatPrice } from '../../core/format';
import { t } from '../../i18n/t';
import type { HistorySample } from '../../state/state';

const RANGES = { '24h': 24 * 3_600_000, '7d': 7 * 24 * 3_600_000 } as const;
type Range = keyof typeof RANGES;
const WIDTH = 300;
const HEIGHT = 48;

export function sparkPoints(samples: readonly HistorySample[]): string {
  const prices = samples.map((s) => s[1]);
  const min = Math.min(...prices);
  const span = Math.max(...prices) - min || 1;
  const t0 = samples[0][0];
  const tSpan = samples[samples.length - 1][0] - t0 || 1;
  return samples
    .map(
      ([time, usd]) =>
        `${(((time - t0) / tSpan) * WIDTH).toFixed(1)},${(HEIGHT - 2 - ((usd - min) / span) * (HEIGHT - 4)).toFixed(1)}`,
    )
    .join(' ');
}

export function Sparkline({
  history,
  now,
  locale,
  money,
}: {
  history: readonly HistorySample[];
  now: number;
  locale: string;
  /** The history is kept in dollars; shown at today's rate. */
  money: Money;
}) {
  const [range, setRange] = useState<Range>('24h');
  const samples = history.filter((s) => s[0] >= now - RANGES[range]);
  const first = samples[0];
  const last = samples[samples.length - 1];
  const label =
    samples.length >= 2
      ? t(
          'sparkLabel',
          range,
          formatPrice(first[1] * money.rate, locale, false, money.currency) ?? '',
          formatPrice(last[1] * money.rate, locale, false, money.currency) ?? '',
        )
      : t('sparkEmpty', range);
  return (
    <section class="spark" aria-label={t('priceHistory')}>
      <div class="spark-head">
        <span class="label">{range === '24h' ? t('last24h') : t('last7d')}</span>
        <fieldset class="range">
          <legend class="sr-only">{t('range')}</legend>
          {(Object.keys(RANGES) as Range[]).map((r) => (
            <button key={r} type="button" class="toggle" aria-pressed={r === range} onClick={() => setRange(r)}>
              {r}
            </button>
          ))}
        </fieldset>
      </div>
      {samples.length >= 2 ? (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={label}
          data-testid="sparkline"
        >
          <polyline points={sparkPoints(samples)} fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
      ) : (
        <p class="spark-empty note">{label}</p>
      )}
    </section>
  );
}
