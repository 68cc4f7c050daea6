// One move, one notification. With the supply all but fixed, the price and the market cap move together, and a
// round that takes the price past $125,000 often takes the cap past $2.5 trillion too: two notifications a second
// apart would say one fact twice. So, within one round:
// - a price and a cap crossing in the same direction become one, headed by the price (the figure people quote)
//   unless only the cap's line is a first (a first is never hidden behind a repeat); the other line is said in
//   its text;
// - a first crossing is a new all-time high already: a high of the same round is not said again;
// - a new all-time high is above every line: a rise back above a line in the same round (after the browser was
//   closed, say) is not said besides it.
// The timeline keeps every event: there each line is its own short record.
import type { CrossingEvent, MilestoneEvent } from './types';

const isCrossing = (e: MilestoneEvent): e is CrossingEvent => e.kind === 'crossing';

function mergeMetrics(events: readonly MilestoneEvent[]): MilestoneEvent[] {
  const crossings = events.filter(isCrossing);
  const price = crossings.find((e) => e.metric === 'price');
  const cap = crossings.find((e) => e.metric === 'cap');
  if (!price || !cap || price.direction !== cap.direction) return [...events];
  const [lead, other] = cap.first && !price.first ? [cap, price] : [price, cap];
  const merged: CrossingEvent = { ...lead, alongside: { metric: other.metric, line: other.line, first: other.first } };
  return events.flatMap((e) => (e === other ? [] : e === lead ? [merged] : [e]));
}

/** The events of one round as notifications: one per move. */
export function mergeRound(events: readonly MilestoneEvent[]): MilestoneEvent[] {
  const anyFirst = events.some((e) => isCrossing(e) && e.first);
  const anyHigh = events.some((e) => e.kind === 'high');
  const said = events.filter((e) => (e.kind === 'high' ? !anyFirst : e.direction === 'down' || e.first || !anyHigh));
  return mergeMetrics(said);
}
