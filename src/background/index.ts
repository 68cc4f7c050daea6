// The background entry: listeners only, registered synchronously at the top level so that a
// worker woken by an event finds them. It keeps nothing in globals; the state lives in storage.
import browser from 'webextension-polyfill';
import { isMessage, type Message, type RefreshReply } from '../state/messages';
import { SETTINGS_KEY } from '../state/settings';
import { backfillHistory } from './backfill';
import { showBadge } from './badge';
import { openPopupPage } from './notify';
import { requestedRound, scheduledRound } from './runRound';
import { currentIdleState, ensurePollAlarm, IDLE_DETECTION_SECONDS, POLL_ALARM } from './schedule';
import { readSettings } from './settingsStore';
import { onSitePermissionsAdded } from './sitePermissions';
import { syncSiteScripts } from './siteScripts';
import { readState } from './stateStore';

async function start(): Promise<void> {
  const settings = await readSettings();
  await ensurePollAlarm(await currentIdleState(), settings.pollMinutes);
  await syncSiteScripts();
  await scheduledRound();
  await backfillHistory();
}

browser.runtime.onInstalled.addListener(() => void start());
browser.runtime.onStartup.addListener(() => void start());

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === POLL_ALARM) void scheduledRound();
});

browser.notifications.onClicked.addListener((id) => void openPopupPage(id));

browser.idle.setDetectionInterval(IDLE_DETECTION_SECONDS);
browser.idle.onStateChanged.addListener(async (idleState) => {
  await ensurePollAlarm(idleState, (await readSettings()).pollMinutes);
  // Back at the screen: figures should be current, not up to ten minutes old.
  if (idleState === 'active') await scheduledRound();
});

// A changed setting takes effect at once: the cadence, what the badge shows, the sites annotated.
browser.storage.onChanged.addListener(async (changes, area) => {
  if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
  const settings = await readSettings();
  await ensurePollAlarm(await currentIdleState(), settings.pollMinutes);
  await showBadge(await readState(), settings);
  await syncSiteScripts();
});

// A site's permission granted turns the site on, even when the popup that asked has closed
// (Firefox closes it as the prompt opens); one taken back (by the popup's switch or in the
// browser's settings) unregisters its script.
browser.permissions.onAdded.addListener((added) => void onSitePermissionsAdded(added));
browser.permissions.onRemoved.addListener(() => void syncSiteScripts());

/** Only the extension's own pages may ask for rounds; content scripts and other extensions may not. */
function fromExtensionPage(sender: browser.Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

browser.runtime.onMessage.addListener(
  (message: unknown, sender: browser.Runtime.MessageSender): Promise<RefreshReply> | undefined => {
    if (!isMessage(message) || !fromExtensionPage(sender)) return undefined;
    return handle(message);
  },
);

async function handle(message: Message): Promise<RefreshReply> {
  switch (message.type) {
    case 'refresh':
      try {
        return { ok: true, state: await requestedRound() };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
  }
}
