// Everything the popup shows, drawn from one state: pure, so each state has a component test.

import type { Currency, Money } from '../core/currency';
import type { Ladders } from '../core/milestones/ladder';
import type { MilestoneEvent } from '../core/milestones/types';
import { t } from '../i18n/t';
import type { State } from '../state/state';
import { Crossings } from './parts/Crossings';
import { CurrencyNote } from './parts/CurrencyNote';
import { DataStatus } from './parts/DataStatus';
import { Figures } from './parts/Figures';
import { NextMilestones } from './parts/NextMilestones';
import { PriceHeadline } from './parts/PriceHeadline';
import { SiteControls, type SiteControlsProps } from './parts/SiteControls';
import { Sparkline } from './parts/Sparkline';

export interface PopupViewProps {
  /** undefined while the stored state is being read. */
  state: State | undefined;
  /** Milestone events, newest first. */
  crossings: readonly MilestoneEvent[];
  ladders: Ladders;
  /** The currency the user chose, and the one figures are shown in (dollars until a rate exists). */
  wanted: Currency;
  money: Money;
  pollMinutes?: number;
  now: number;
  locale: string;
  busy: boolean;
  refreshError: string | null;
  onRefresh(): void;
  controls: SiteControlsProps;
}

export function PopupView(props: PopupViewProps) {
  const {
    state,
    crossings,
    ladders,
    wanted,
    money,
    pollMinutes,
    now,
    locale,
    busy,
    refreshError,
    onRefresh,
    controls,
  } = props;
  return (
    <>
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="refresh" onClick={onRefresh} disabled={busy} aria-label={t('refreshNow')}>
          {busy ? t('refreshing') : t('refresh')}
        </button>
      </header>
      {state ? (
        <>
          <PriceHeadline state={state} now={now} locale={locale} money={money} pollMinutes={pollMinutes} />
          <CurrencyNote wanted={wanted} money={money} locale={locale} />
          {refreshError ? (
            <p class="note warn" role="alert">
              {t('refreshFailed', refreshError)}
            </p>
          ) : null}
          {state.quote ? <Figures quote={state.quote} now={now} locale={locale} money={money} /> : null}
          {state.quote ? <NextMilestones quote={state.quote} ladders={ladders} locale={locale} money={money} /> : null}
          <Crossings events={crossings} />
          <Sparkline history={state.history} now={now} locale={locale} money={money} />
          <DataStatus state={state} now={now} locale={locale} />
          <SiteControls {...controls} />
        </>
      ) : (
        <p class="note" data-testid="loading">
          {t('readingFigures')}
        </p>
      )}
    </>
  );
}
