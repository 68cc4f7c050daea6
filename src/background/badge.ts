// Puts a state on the toolbar button.

import browser from 'webextension-polyfill';
import { moneyFor } from '../core/currency';
import { uiLocale } from '../i18n/t';
import type { Settings } from '../state/settings';
import type { State } from '../state/state';
import { badgeView } from './badgeView';

export async function showBadge(state: State, settings: Settings, now = Date.now()): Promise<void> {
  const view = badgeView(state, now, uiLocale(), {
    pollMinutes: settings.pollMinutes,
    content: settings.badge.content,
    colors: settings.badge.colors,
    money: moneyFor(settings.currency, state.fx, now),
  });
  const action = browser.action;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    action.setTitle({ title: view.title }),
    // Older Chromium has no setBadgeTextColor; the default text colour is white there anyway.
    typeof action.setBadgeTextColor === 'function' ? action.setBadgeTextColor({ color: '#ffffff' }) : undefined,
  ]);
}
