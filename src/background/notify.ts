// Shows the outbox's milestone notifications, then empties it. Ids are derived from the events,
// so a worker stopped between showing and emptying never shows one twice: one still on screen is
// left as it is, one already closed shows again in its place.

import browser from 'webextension-polyfill';
import { eventBody, eventTitle } from '../core/milestones';
import { t, uiLocale } from '../i18n/t';
import type { StoredMilestones } from '../state/milestones';
import { notificationId } from './milestoneStep';

export async function showNotifications(stored: StoredMilestones): Promise<void> {
  // A worker stopped after showing and before emptying the outbox leaves shown events in it: one
  // still on screen is not created again, which would pop it up a second time.
  const onScreen = new Set(Object.keys(await browser.notifications.getAll()));
  for (const event of stored.outbox) {
    const id = notificationId(event);
    if (onScreen.has(id)) continue;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: eventTitle(event, t, uiLocale()),
      message: eventBody(event, t, uiLocale()),
    });
  }
}

/** Clicking a notification opens the popup's page in a tab, where the figures and timeline are. */
export async function openPopupPage(notificationId: string): Promise<void> {
  if (!notificationId.startsWith('caplens:')) return;
  await browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html') });
  await browser.notifications.clear(notificationId);
}
