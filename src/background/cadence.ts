// How often to poll: at the user's interval while active (every minute by default), and at
// least ten minutes apart while idle or the screen is locked.
export const IDLE_POLL_MINUTES = 10;

export function pollMinutesFor(idleState: string, activeMinutes: number): number {
  return idleState === 'active' ? activeMinutes : Math.max(activeMinutes, IDLE_POLL_MINUTES);
}
