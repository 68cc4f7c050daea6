// Market cap, supply (and the block it was computed from), and the next halving.
import { formatCompactUsd, formatSupply } from '../../core/format';
import type { Quote } from '../../core/quote';
import { nextHalving } from '../../core/supply';

export function Figures({ quote, now, locale }: { quote: Quote; now: number; locale: string }) {
  const halving = nextHalving(quote.height, now);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <dl class="figures">
      <dt>Market cap</dt>
      <dd data-testid="cap">{formatCompactUsd(quote.capUsd, locale)}</dd>
      <dt>Supply</dt>
      <dd data-testid="supply" title={`computed from block ${integer.format(quote.height)}`}>
        {formatSupply(quote.supplyBtc, locale)} BTC
      </dd>
      <dt>Next halving</dt>
      <dd data-testid="halving">
        {halving
          ? `${integer.format(halving.blocksLeft)} blocks · ≈ ${new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(halving.estimatedAt)}`
          : 'none: issuance has ended'}
      </dd>
    </dl>
  );
}
