// The settings form: a pure view of a draft and its errors; the page (OptionsApp) owns the state.

import type { ComponentChildren } from 'preact';
import { CURRENCIES } from '../core/currency';
import { defaultLadders, ladderText } from '../core/milestones';
import { type MessageKey, t, uiLocale } from '../i18n/t';
import { allProviders } from '../providers/registry';
import { NEWS_SITES } from '../sites/contentScript';
import { BADGE_CONTENTS, type BadgeContent, type SettingsErrors } from '../state/settings';
import { AddSite } from './AddSite';
import type { Draft } from './draft';

export interface OptionsFormProps {
  draft: Draft;
  errors: SettingsErrors;
  status: string;
  onChange(draft: Draft): void;
  /** A listed site switched on or off: on, for a site that is not a news site, asks for its permission. */
  onSiteSwitch(host: string, on: boolean): void;
  /** A site added and granted: the background has turned it on. */
  onSiteAdded(host: string): void;
  onSave(): void;
  onReset(): void;
}

const BADGE_LABELS = { price: 'badgePrice', cap: 'badgeCap', change: 'badgeChange24h' } as const satisfies Record<
  BadgeContent,
  MessageKey
>;
const NOTIFY_LABELS = {
  capMilestones: 'notifyCap',
  priceMilestones: 'notifyPrice',
  highs: 'notifyHighs',
  downward: 'notifyDown',
} as const satisfies Record<keyof Draft['notify'], MessageKey>;

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {error ? (
        <p class="error" id={`${id}-error`} role="alert" data-testid={`error-${id}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Check({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
  testId?: string;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {label}
    </label>
  );
}

function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function OptionsForm({
  draft,
  errors,
  status,
  onChange,
  onSiteSwitch,
  onSiteAdded,
  onSave,
  onReset,
}: OptionsFormProps) {
  const set = (change: Partial<Draft>) => onChange({ ...draft, ...change });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('updatesAndBadge')}</legend>
        <Field id="currency" label={t('currencyLabel')} error={errors.currency}>
          <select
            id="currency"
            value={draft.currency}
            onChange={(e) => set({ currency: (e.currentTarget as HTMLSelectElement).value as Draft['currency'] })}
          >
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {`${code} — ${currencyName(code)}`}
              </option>
            ))}
          </select>
          <p class="hint">{t('currencyHint')}</p>
        </Field>
        <Field id="pollMinutes" label={t('pollMinutesLabel')} error={errors.pollMinutes}>
          <input
            id="pollMinutes"
            inputMode="numeric"
            value={draft.pollMinutes}
            aria-invalid={Boolean(errors.pollMinutes)}
            aria-describedby={errors.pollMinutes ? 'pollMinutes-error' : undefined}
            onInput={(e) => set({ pollMinutes: value(e) })}
          />
        </Field>
        <div class="field" role="radiogroup" aria-label={t('badgeShows')}>
          <span class="label">{t('badgeShows')}</span>
          {BADGE_CONTENTS.map((content) => (
            <label class="check" key={content}>
              <input
                type="radio"
                name="badge"
                checked={draft.badge.content === content}
                onChange={() => set({ badge: { ...draft.badge, content } })}
              />
              {t(BADGE_LABELS[content])}
            </label>
          ))}
        </div>
        <Check
          label={t('badgeColors')}
          checked={draft.badge.colors}
          onChange={(colors) => set({ badge: { ...draft.badge, colors } })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('notifications')}</legend>
        {(Object.keys(NOTIFY_LABELS) as (keyof Draft['notify'])[]).map((key) => (
          <Check
            key={key}
            label={t(NOTIFY_LABELS[key])}
            checked={draft.notify[key]}
            onChange={(on) => set({ notify: { ...draft.notify, [key]: on } })}
          />
        ))}
        <Field id="capLadder" label={t('capLadderLabel')} error={errors['ladders.cap']}>
          <input
            id="capLadder"
            value={draft.capLadder}
            placeholder={ladderText(defaultLadders(draft.currency).cap)}
            aria-invalid={Boolean(errors['ladders.cap'])}
            onInput={(e) => set({ capLadder: value(e) })}
          />
        </Field>
        <Field id="priceLadder" label={t('priceLadderLabel')} error={errors['ladders.price']}>
          <input
            id="priceLadder"
            value={draft.priceLadder}
            placeholder={ladderText(defaultLadders(draft.currency).price)}
            aria-invalid={Boolean(errors['ladders.price'])}
            onInput={(e) => set({ priceLadder: value(e) })}
          />
        </Field>
        <button type="button" onClick={() => set({ capLadder: '', priceLadder: '' })}>
          {t('useDefaultMilestones')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('dataSources')}</legend>
        {allProviders.map((provider) => (
          <Check
            key={provider.id}
            label={t('providerLabel', provider.name, t(provider.role === 'price' ? 'roleprice' : 'roleheight'))}
            checked={draft.providers[provider.id]}
            testId={`provider-${provider.id}`}
            onChange={(on) => set({ providers: { ...draft.providers, [provider.id]: on } })}
          />
        ))}
        {errors.providers ? (
          <p class="error" role="alert" data-testid="error-providers">
            {errors.providers}
          </p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('notesOnPages')}</legend>
        <Check label={t('pauseEverywhere')} checked={draft.paused} onChange={(paused) => set({ paused })} />
        <p class="hint">{t('sitesChanged')}</p>
        {draft.sites.length === 0 ? <p class="hint">{t('sitesNone')}</p> : null}
        <ul class="sites">
          {draft.sites.map(([host, on], i) => (
            <li key={host}>
              <Check label={host} checked={on} onChange={(next) => onSiteSwitch(host, next)} />
              <button type="button" onClick={() => set({ sites: draft.sites.filter((_, j) => j !== i) })}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
        {errors.sites ? <p class="error">{errors.sites}</p> : null}
        <AddSite onAdded={onSiteAdded} />
        <details>
          <summary>{t('defaultSites', NEWS_SITES.length)}</summary>
          <p class="hint">{NEWS_SITES.join(', ')}</p>
        </details>
      </fieldset>

      <div class="actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onReset}>
          {t('resetDefaults')}
        </button>
        <output aria-live="polite" data-testid="status">
          {status}
        </output>
      </div>
    </form>
  );
}
