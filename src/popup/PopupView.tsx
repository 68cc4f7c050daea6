// Everything the popup shows, drawn from one state: pure, so each state has a component test.
import type { MilestoneEvent } from '../core/milestones';
import type { State } from '../state/state';
import { Crossings } from './parts/Crossings';
import { DataStatus } from './parts/DataStatus';
import { Figures } from './parts/Figures';
import { NextMilestones } from './parts/NextMilestones';
import { PriceHeadline } from './parts/PriceHeadline';
import { Sparkline } from './parts/Sparkline';

export interface PopupViewProps {
  /** undefined while the stored state is being read. */
  state: State | undefined;
  /** Milestone events, newest first. */
  crossings: readonly MilestoneEvent[];
  now: number;
  locale: string;
  busy: boolean;
  refreshError: string | null;
  onRefresh(): void;
}

export function PopupView({ state, crossings, now, locale, busy, refreshError, onRefresh }: PopupViewProps) {
  return (
    <>
      <header class="bar">
        <h1>CapLens · Bitcoin</h1>
        <button type="button" class="refresh" onClick={onRefresh} disabled={busy} aria-label="Refresh now">
          {busy ? 'Refreshing…' : '↻ Refresh'}
        </button>
      </header>
      {state ? (
        <>
          <PriceHeadline state={state} now={now} locale={locale} />
          {refreshError ? (
            <p class="note warn" role="alert">
              Refresh failed: {refreshError}
            </p>
          ) : null}
          {state.quote ? <Figures quote={state.quote} now={now} locale={locale} /> : null}
          {state.quote ? <NextMilestones quote={state.quote} locale={locale} /> : null}
          <Crossings events={crossings} />
          <Sparkline history={state.history} now={now} locale={locale} />
          <DataStatus state={state} now={now} locale={locale} />
        </>
      ) : (
        <p class="note" data-testid="loading">
          Reading the last figures…
        </p>
      )}
    </>
  );
}
