// After a round with a fresh quote: the milestone events it caused, the log, and which of them
// the user wants as notifications. Pure: the round stores what it returns in one write.
import { type Currency, type Money, moneyFor } from '../core/currency';
import {
  appendToLog,
  DOLLAR_HISTORY,
  higherOf,
  historyFromPriceHigh,
  laddersIn,
  type MilestoneEvent,
  type MilestoneHistory,
  mergeRound,
  observe,
  utcDay,
} from '../core/milestones';
import { memoryIn, type StoredMilestones } from '../state/milestones';
import type { NotifySettings, Settings } from '../state/settings';
import type { State } from '../state/state';

/** Notifications not shown this many at a time are old news. */
const OUTBOX_LIMIT = 10;

export function wantsNotification(event: MilestoneEvent, notify: NotifySettings): boolean {
  if (event.kind === 'high') return notify.highs;
  if (event.direction === 'down' && !notify.downward) return false;
  return event.metric === 'cap' ? notify.capMilestones : notify.priceMilestones;
}

/**
 * What is known of a currency's past: for another currency, the high read from CoinGecko; for the dollar, the
 * shipped table, raised by the high read if that is higher (a high set after the build).
 */
export function historyIn(
  stored: StoredMilestones,
  currency: Currency,
  height: number,
  now: number,
): MilestoneHistory | null {
  const read = stored.highs[currency];
  const fromRead = read ? historyFromPriceHigh(read.high, height, utcDay(now)) : null;
  if (currency !== 'USD') return fromRead;
  if (!fromRead) return DOLLAR_HISTORY;
  const raised = (which: 'ceilings' | 'reached') => ({
    price: higherOf(DOLLAR_HISTORY[which].price, fromRead[which].price),
    cap: higherOf(DOLLAR_HISTORY[which].cap, fromRead[which].cap),
  });
  return { ceilings: raised('ceilings'), reached: raised('reached'), firsts: DOLLAR_HISTORY.firsts };
}

/** The currency milestones are in: the chosen one, or dollars while it has no fresh rate, as the figures are. */
export function milestoneMoney(settings: Pick<Settings, 'currency'>, state: State, now: number): Money {
  return moneyFor(settings.currency, state.fx, now);
}

export function milestoneStep(
  stored: StoredMilestones,
  state: State,
  settings: Pick<Settings, 'notify' | 'ladders' | 'currency'>,
): StoredMilestones {
  const quote = state.quote;
  if (!state.lastRound?.ok || !quote) return stored;
  const notify = settings.notify;
  const { currency, rate } = milestoneMoney(settings, state, quote.at);
  const ladders = laddersIn(settings.ladders, currency);
  const reading = { price: quote.usd * rate, cap: quote.capUsd * rate, currency };
  // When a new high is news is the core's rule (DEFAULT_HIGH_RULE): one bound, said in one place.
  const { memory, events } = observe(memoryIn(stored, currency), reading, quote.at, {
    ladders,
    history: historyIn(stored, currency, quote.height, quote.at),
  });
  const wanted = mergeRound(events.filter((event) => wantsNotification(event, notify)));
  return {
    ...stored,
    memories: { ...stored.memories, [currency]: memory },
    log: appendToLog(stored.log, events),
    outbox: [...stored.outbox, ...wanted].slice(-OUTBOX_LIMIT),
  };
}

/** The same event always gets the same id: showing it again replaces it rather than adding a second. */
export function notificationId(event: MilestoneEvent): string {
  const what =
    event.kind === 'high' ? `high:${event.metric}:${event.value}` : `${event.metric}:${event.direction}:${event.line}`;
  return `caplens:${event.currency}:${what}:${event.at}`;
}
