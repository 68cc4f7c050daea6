// Milestone memory, the crossings log and the notification outbox, stored under their own key:
// a damaged quote state resets without costing the highs seen while running, and the other way round.
import {
  initialMilestoneMemory,
  loadMilestoneLog,
  loadMilestoneMemory,
  type MilestoneEvent,
  type MilestoneMemory,
} from '../core/milestones';

export { MILESTONES_KEY } from './keys';

export interface StoredMilestones {
  memory: MilestoneMemory;
  /** Every event seen, newest first, for the popup's timeline. */
  log: MilestoneEvent[];
  /** Events to notify that have not been shown yet: written with the state, emptied once shown. */
  outbox: MilestoneEvent[];
}

export function emptyMilestones(): StoredMilestones {
  return { memory: initialMilestoneMemory(), log: [], outbox: [] };
}

export function loadMilestones(raw: unknown): StoredMilestones {
  if (typeof raw !== 'object' || raw === null) return emptyMilestones();
  const value = raw as Partial<Record<keyof StoredMilestones, unknown>>;
  return {
    memory: loadMilestoneMemory(value.memory),
    log: loadMilestoneLog(value.log),
    outbox: loadMilestoneLog(value.outbox),
  };
}
