// How often to poll: every minute while the user is active, every ten while idle or locked.
import { DEFAULT_POLL_MINUTES } from '../state/freshness';

export const IDLE_POLL_MINUTES = 10;

export function pollMinutesFor(idleState: string): number {
  return idleState === 'active' ? DEFAULT_POLL_MINUTES : IDLE_POLL_MINUTES;
}
