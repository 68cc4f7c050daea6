// "Annotate this site" for the current tab, the global pause, and the way to the settings.
import { t } from '../../i18n/t';
import type { CurrentSite } from '../site';

export interface SiteControlsProps {
  /** undefined while the current tab is looked up; null for a page CapLens cannot annotate. */
  site: CurrentSite | null | undefined;
  /** The effective switch for the site: its own setting, else on for a default news site. */
  siteOn: boolean;
  paused: boolean;
  message: string | null;
  onSite(on: boolean): void;
  onPause(paused: boolean): void;
  onOptions(): void;
}

export function SiteControls({ site, siteOn, paused, message, onSite, onPause, onOptions }: SiteControlsProps) {
  return (
    <section class="controls" aria-label={t('notesOnPages')}>
      {site ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={siteOn}
            disabled={paused}
            onChange={(e) => onSite((e.currentTarget as HTMLInputElement).checked)}
            data-testid="site-switch"
          />
          <span>
            {t('annotateSite', site.host)}
            {site.isDefault ? '' : t('asksAccess')}
          </span>
        </label>
      ) : (
        <p class="note" data-testid="site-none">
          {site === null ? t('notesWebOnly') : t('lookingAtTab')}
        </p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          checked={paused}
          onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)}
          data-testid="pause-switch"
        />
        <span>{t('pauseEverywhere')}</span>
      </label>
      {message ? (
        <p class="note warn" role="alert">
          {message}
        </p>
      ) : null}
      <button type="button" class="link" onClick={onOptions}>
        {t('settingsLink')}
      </button>
    </section>
  );
}
