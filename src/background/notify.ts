// Shows the outbox's milestone notifications, then empties it. Ids are derived from the events,
// so a worker stopped between showing and emptying shows the same ones again in place, not twice.

import browser from 'webextension-polyfill';
import { eventBody, eventTitle } from '../core/milestones';
import { t, uiLocale } from '../i18n/t';
import type { StoredMilestones } from '../state/milestones';
import { notificationId } from './milestoneStep';

export async function showNotifications(stored: StoredMilestones): Promise<void> {
  for (const event of stored.outbox) {
    await browser.notifications.create(notificationId(event), {
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
