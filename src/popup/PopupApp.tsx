// The popup's container: the stored state and milestones (read on open, followed on change), the
// clock for ages, and the refresh button's round trip. Everything it shows is drawn by PopupView.
import { useState } from 'preact/hooks';
import { loadMilestones, MILESTONES_KEY } from '../state/milestones';
import { loadState, STATE_KEY } from '../state/state';
import { PopupView } from './PopupView';
import { requestRefresh } from './refresh';
import { useNow, useStored } from './useStoredState';

const stateOf = (raw: unknown) => loadState(raw).state;

export function PopupApp() {
  const state = useStored(STATE_KEY, stateOf);
  const milestones = useStored(MILESTONES_KEY, loadMilestones);
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  const onRefresh = async () => {
    setBusy(true);
    const reply = await requestRefresh();
    setRefreshError(reply.ok ? null : reply.error);
    setBusy(false);
  };

  return (
    <PopupView
      state={state}
      crossings={milestones?.log ?? []}
      now={now}
      locale={navigator.language || 'en-US'}
      busy={busy}
      refreshError={refreshError}
      onRefresh={onRefresh}
    />
  );
}
