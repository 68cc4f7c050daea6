// The options page: every setting with its own message when a value is wrong. Nothing is saved
// while any field is wrong; Reset puts back the defaults (after asking).

import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { readSettings, saveSettings } from '../pages/settingsStore';
import { isNewsSite } from '../sites/contentScript';
import { askForSite, giveBackSite } from '../sites/permission';
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
    // Sites saved off give their permission back (least privilege), as the popup's switch does.
    if (!saved.ok || !checked.ok) return;
    for (const [host, on] of Object.entries(checked.settings.sites)) {
      if (!on && !isNewsSite(host)) await giveBackSite(host);
    }
  };

  /** The draft's list with one site set, added at the end when it is new. */
  const withSite = (host: string, on: boolean) =>
    setDraft((current) => {
      if (!current) return current;
      const listed = current.sites.some(([h]) => h === host);
      const sites: Draft['sites'] = listed
        ? current.sites.map(([h, was]) => [h, h === host ? on : was])
        : [...current.sites, [host, on]];
      return { ...current, sites };
    });

  const switchSite = (host: string, on: boolean) => {
    setStatus('');
    if (!on || isNewsSite(host)) return withSite(host, on);
    // Back on: the site's permission may have been given back when it was turned off. Asked for in the
    // click itself; saving then turns the site on.
    askForSite(host).then(
      (granted) => (granted ? withSite(host, true) : setStatus(t('permissionDenied', host))),
      () => setStatus(t('permissionDenied', host)),
    );
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
      onSiteSwitch={switchSite}
      onSiteAdded={(host) => withSite(host, true)}
      onSave={() => save(draft)}
      onReset={reset}
    />
  );
}
