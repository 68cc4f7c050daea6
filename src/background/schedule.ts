// Polling cadence: every minute while the user is active, every ten while idle or locked.
import browser from 'webextension-polyfill';
import { DEFAULT_POLL_MINUTES } from '../state/freshness';

export const POLL_ALARM = 'caplens-poll';
export const IDLE_POLL_MINUTES = 10;
/** Seconds without input after which the user counts as idle. */
export const IDLE_DETECTION_SECONDS = 5 * 60;

export function pollMinutesFor(idleState: string): number {
  return idleState === 'active' ? DEFAULT_POLL_MINUTES : IDLE_POLL_MINUTES;
}

/** Creates the polling alarm, or changes its period; leaves a matching alarm alone. */
export async function ensurePollAlarm(idleState: string): Promise<void> {
  const period = pollMinutesFor(idleState);
  const existing = await browser.alarms.get(POLL_ALARM);
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.create(POLL_ALARM, { periodInMinutes: period, delayInMinutes: period });
}

export async function currentIdleState(): Promise<string> {
  try {
    return await browser.idle.queryState(IDLE_DETECTION_SECONDS);
  } catch {
    return 'active';
  }
}
