// After a round with a fresh quote: the milestone events it caused, the log, and which of them
// the user wants as notifications. Pure: the round stores what it returns in one write.
import { appendToLog, DEFAULT_LADDERS, type MilestoneEvent, observe } from '../core/milestones';
import type { StoredMilestones } from '../state/milestones';
import type { NotifySettings, Settings } from '../state/settings';
import type { State } from '../state/state';

/** The bound: a run of new highs notifies at most once every six hours. */
export const HIGH_QUIET_MS = 6 * 60 * 60_000;
/** Notifications not shown this many at a time are old news. */
const OUTBOX_LIMIT = 10;

export function wantsNotification(event: MilestoneEvent, notify: NotifySettings): boolean {
  if (event.kind === 'high') return notify.highs;
  if (event.direction === 'down' && !notify.downward) return false;
  return event.metric === 'cap' ? notify.capMilestones : notify.priceMilestones;
}

export function milestoneStep(
  stored: StoredMilestones,
  state: State,
  settings: Pick<Settings, 'notify' | 'ladders'>,
): StoredMilestones {
  const quote = state.quote;
  if (!state.lastRound?.ok || !quote) return stored;
  const notify = settings.notify;
  const ladders = {
    cap: settings.ladders.cap ?? DEFAULT_LADDERS.cap,
    price: settings.ladders.price ?? DEFAULT_LADDERS.price,
  };
  const { memory, events } = observe(stored.memory, { usd: quote.usd, capUsd: quote.capUsd }, quote.at, {
    highQuietMs: HIGH_QUIET_MS,
    ladders,
  });
  // With the supply all but fixed, a price high is a cap high too: one notification says it.
  const priceHigh = events.some((event) => event.kind === 'high' && event.metric === 'price');
  const wanted = events.filter(
    (event) => wantsNotification(event, notify) && !(priceHigh && event.kind === 'high' && event.metric === 'cap'),
  );
  return {
    memory,
    log: appendToLog(stored.log, events),
    outbox: [...stored.outbox, ...wanted].slice(-OUTBOX_LIMIT),
  };
}

/** The same event always gets the same id: showing it again replaces it rather than adding a second. */
export function notificationId(event: MilestoneEvent): string {
  const what =
    event.kind === 'high' ? `high:${event.metric}:${event.value}` : `${event.metric}:${event.direction}:${event.line}`;
  return `caplens:${what}:${event.at}`;
}
