// The polling alarm, kept at the cadence that fits the user's idle state.
import browser from 'webextension-polyfill';
import { pollMinutesFor } from './cadence';

export const POLL_ALARM = 'caplens-poll';
/** Seconds without input after which the user counts as idle. */
export const IDLE_DETECTION_SECONDS = 5 * 60;

/** Creates the polling alarm, or changes its period; leaves a matching alarm alone. */
export async function ensurePollAlarm(idleState: string, activeMinutes: number): Promise<void> {
  const period = pollMinutesFor(idleState, activeMinutes);
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
