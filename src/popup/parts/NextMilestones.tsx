// The next cap and price milestones: a bar from the last line to the next, how far to go, and
// for the cap the price per BTC it takes.

import type { Money } from '../../core/currency';
import { formatChangePct, formatCompactMoney, formatPrice } from '../../core/format';
import type { Ladders } from '../../core/milestones/ladder';
import { milestonesForQuote, type NearestMilestones } from '../../core/milestones/nearest';
import type { Quote } from '../../core/quote';
import { t } from '../../i18n/t';

function Row(props: {
  label: string;
  value: number;
  near: NearestMilestones;
  format: (n: number) => string | null;
  needs?: string | null;
  testId: string;
  locale: string;
}) {
  const { below, above } = props.near;
  if (!above) return null;
  const from = below?.line ?? 0;
  const progress = Math.min(1, Math.max(0, (props.value - from) / (above.line - from)));
  return (
    <li data-testid={props.testId}>
      <div class="ms-head">
        <span>
          {props.label} <strong>{props.format(above.line)}</strong>
        </span>
        <span class="ms-togo">{t('toGo', formatChangePct(above.changePct, props.locale) ?? '')}</span>
      </div>
      <div
        class="bar-track"
        role="progressbar"
        aria-label={`${props.label} ${props.format(above.line)}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div class="bar-fill" style={{ width: `${(progress * 100).toFixed(1)}%` }} />
      </div>
      <div class="ms-foot">
        <span>{below ? t('fromLine', props.format(below.line) ?? '') : ''}</span>
        <span>{props.needs ?? ''}</span>
      </div>
    </li>
  );
}

export function NextMilestones(props: { quote: Quote; ladders: Ladders; locale: string; money: Money }) {
  const { quote, ladders, locale, money } = props;
  const { currency, rate } = money;
  const figures = { usd: quote.usd * rate, capUsd: quote.capUsd * rate, supplyBtc: quote.supplyBtc };
  const near = milestonesForQuote(figures, ladders);
  const cap = (n: number) => formatCompactMoney(n, locale, currency);
  const price = (n: number) => formatPrice(n, locale, false, currency);
  const capNeeds = near.cap.above ? t('needsPrice', price(near.cap.above.priceNeeded) ?? '') : null;
  return (
    <section class="milestones" aria-label={t('nextMilestones')}>
      <ul>
        <Row
          label={t('milestoneCap')}
          value={figures.capUsd}
          near={near.cap}
          format={cap}
          needs={capNeeds}
          testId="next-cap"
          locale={locale}
        />
        <Row
          label={t('milestonePrice')}
          value={figures.usd}
          near={near.price}
          format={price}
          testId="next-price"
          locale={locale}
        />
      </ul>
    </section>
  );
}
