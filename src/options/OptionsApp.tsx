// The options page: every setting with its own message when a value is wrong. Nothing is saved
// while any field is wrong; Reset puts back the defaults (after asking).

import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { readSettings, saveSettings } from '../pages/settingsStore';
import { defaultSettings, type SettingsErrors, validateSettings } from '../state/settings';
import { candidateOf, type Draft, draftOf } from './draft';
import { OptionsForm } from './OptionsForm';

export function OptionsApp() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<string>('');

  useEffect(() => {
    readSettings().then((settings) => setDraft(draftOf(settings)));
  }, []);
  if (!draft) return <p>{t('loadingSettings')}</p>;

  const save = async (next: Draft) => {
    const { candidate, errors: formErrors } = candidateOf(next);
    const checked = validateSettings(candidate);
    const all = { ...(checked.ok ? {} : checked.errors), ...formErrors };
    setErrors(all);
    if (Object.keys(all).length > 0) {
      setStatus(t('notSaved'));
      return;
    }
    const saved = await saveSettings(candidate);
    setStatus(saved.ok ? t('saved') : t('notSaved'));
  };

  const reset = async () => {
    if (!confirm(t('confirmReset'))) return;
    const defaults = defaultSettings();
    await saveSettings(defaults);
    setDraft(draftOf(defaults));
    setErrors({});
    setStatus(t('defaultsRestored'));
  };

  return (
    <OptionsForm
      draft={draft}
      errors={errors}
      status={status}
      onChange={(next) => {
        setDraft(next);
        setStatus('');
      }}
      onSave={() => save(draft)}
      onReset={reset}
    />
  );
}
