// The popup's container: the stored state, milestones and settings (read on open, followed on
// change), the clock for ages, the current site, and the actions. PopupView draws it all.

import { useState } from 'preact/hooks';
import { moneyFor } from '../core/currency';
import { laddersIn } from '../core/milestones/ladder';
import { uiLocale } from '../i18n/t';
import { browser } from '../pages/browser';
import { updateSettings, useSettings } from '../pages/settingsStore';
import { useStored } from '../pages/useStored';
import { siteSwitch } from '../sites/switches';
import { MILESTONES_KEY, STATE_KEY } from '../state/keys';
import { stateView, timelineView } from '../state/stateView';
import { PopupView } from './PopupView';
import { requestRefresh } from './refresh';
import { setSiteEnabled, useCurrentSite } from './site';
import { useNow } from './useNow';

export function PopupApp() {
  const state = useStored('local', STATE_KEY, stateView);
  const milestones = useStored('local', MILESTONES_KEY, timelineView);
  const settings = useSettings();
  const site = useCurrentSite();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const [siteMessage, setSiteMessage] = useState<string | null>(null);

  const onRefresh = async () => {
    setBusy(true);
    const reply = await requestRefresh();
    setRefreshError(reply.ok ? null : reply.error);
    setBusy(false);
  };
  const failed = (error: unknown) => setSiteMessage(error instanceof Error ? error.message : String(error));
  const money = moneyFor(settings?.currency ?? 'USD', state?.fx, now);

  return (
    <PopupView
      state={state}
      crossings={milestones?.log ?? []}
      ladders={laddersIn(settings?.ladders, money.currency)}
      pollMinutes={settings?.pollMinutes}
      wanted={settings?.currency ?? 'USD'}
      money={money}
      now={now}
      locale={uiLocale()}
      busy={busy}
      refreshError={refreshError}
      onRefresh={onRefresh}
      controls={{
        site,
        siteOn: site ? (siteSwitch(settings?.sites ?? {}, site.host) ?? site.isDefault) : false,
        paused: settings?.paused ?? false,
        message: siteMessage,
        onSite: (on) => site && setSiteEnabled(site, on).then(setSiteMessage, failed),
        onPause: (paused) =>
          updateSettings((s) => {
            s.paused = paused;
          }).then(() => setSiteMessage(null), failed),
        onOptions: () => void browser.runtime.openOptionsPage(),
      }}
    />
  );
}
