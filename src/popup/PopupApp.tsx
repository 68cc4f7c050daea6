// The popup's container: the stored state (read on open, followed on change), the clock for
// ages, and the refresh button's round trip. Everything it shows is drawn by PopupView.
import { useState } from 'preact/hooks';
import { PopupView } from './PopupView';
import { requestRefresh } from './refresh';
import { useNow, useStoredState } from './useStoredState';

export function PopupApp() {
  const state = useStoredState();
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
      now={now}
      locale={navigator.language || 'en-US'}
      busy={busy}
      refreshError={refreshError}
      onRefresh={onRefresh}
    />
  );
}
