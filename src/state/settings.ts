// The user's settings, in storage.sync so they follow the user between browsers.
// Reading is lenient and never loses a setting: settings of an older version are carried over,
// and a stored field that fails validation falls back to its default alone. Saving is strict:
// validateSettings names each bad field with its reason, and nothing is saved while one is bad.

import { type Currency, isCurrency } from '../core/currency';
import { checkLadder, type Ladder } from '../core/milestones/ladder';
import { t } from '../i18n/t';
import { readSites, type SiteSwitches } from '../sites/switches';
import { PROVIDER_IDS } from './providerIds';

export { SETTINGS_KEY } from './keys';
export const SETTINGS_VERSION = 2;

export type ProviderId = (typeof PROVIDER_IDS)[number];
export type BadgeContent = 'price' | 'cap' | 'change';
export const BADGE_CONTENTS: readonly BadgeContent[] = ['price', 'cap', 'change'];
export const POLL_MINUTES_RANGE = { min: 1, max: 60 } as const;
export const PRICE_PROVIDERS: readonly ProviderId[] = ['coingecko', 'coinbase', 'kraken'];

export interface NotifySettings {
  capMilestones: boolean;
  priceMilestones: boolean;
  highs: boolean;
  /** Falling through a line: off unless asked for. */
  downward: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The currency figures are shown in; sources are read in dollars and converted. */
  currency: Currency;
  /** Minutes between polling rounds while the user is active. */
  pollMinutes: number;
  badge: { content: BadgeContent; colors: boolean };
  notify: NotifySettings;
  /** The user's own milestone ladders; null for the defaults. */
  ladders: { cap: Ladder | null; price: Ladder | null };
  providers: Record<ProviderId, boolean>;
  /** Per-site switches by host name: true turns notes on for a site off by default, false turns a site off. */
  sites: SiteSwitches;
  /** The global pause: no content script work anywhere while true. */
  paused: boolean;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    currency: 'USD',
    pollMinutes: 1,
    badge: { content: 'price', colors: true },
    notify: { capMilestones: true, priceMilestones: true, highs: true, downward: false },
    ladders: { cap: null, price: null },
    providers: Object.fromEntries(PROVIDER_IDS.map((id) => [id, true])) as Record<ProviderId, boolean>,
    sites: {},
    paused: false,
  };
}

export type SettingsErrors = Partial<Record<string, string>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a whole candidate. Returns the settings, or the reason for each field that is wrong,
 * keyed by its path ("pollMinutes", "ladders.cap", "providers").
 */
export function validateSettings(
  candidate: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  if (!isRecord(candidate)) return { ok: false, errors: { '': 'settings must be an object' } };
  const settings = defaultSettings();

  if (!isCurrency(candidate.currency)) errors.currency = t('errCurrency');
  else settings.currency = candidate.currency;

  const poll = candidate.pollMinutes;
  if (
    typeof poll !== 'number' ||
    !Number.isInteger(poll) ||
    poll < POLL_MINUTES_RANGE.min ||
    poll > POLL_MINUTES_RANGE.max
  ) {
    errors.pollMinutes = t('errPoll', POLL_MINUTES_RANGE.min, POLL_MINUTES_RANGE.max);
  } else settings.pollMinutes = poll;

  const badge = isRecord(candidate.badge) ? candidate.badge : {};
  if (!BADGE_CONTENTS.includes(badge.content as BadgeContent)) errors['badge.content'] = t('errBadge');
  else settings.badge.content = badge.content as BadgeContent;
  if (typeof badge.colors !== 'boolean') errors['badge.colors'] = t('errOnOff');
  else settings.badge.colors = badge.colors;

  const notify = isRecord(candidate.notify) ? candidate.notify : {};
  for (const key of Object.keys(settings.notify) as (keyof NotifySettings)[]) {
    if (typeof notify[key] !== 'boolean') errors[`notify.${key}`] = t('errOnOff');
    else settings.notify[key] = notify[key];
  }

  const ladders = isRecord(candidate.ladders) ? candidate.ladders : {};
  for (const metric of ['cap', 'price'] as const) {
    if (ladders[metric] === null || ladders[metric] === undefined) continue;
    const check = checkLadder(ladders[metric]);
    if (check.ok) settings.ladders[metric] = check.ladder;
    else errors[`ladders.${metric}`] = check.error;
  }

  const providers = isRecord(candidate.providers) ? candidate.providers : {};
  for (const id of PROVIDER_IDS) {
    if (typeof providers[id] === 'boolean') settings.providers[id] = providers[id];
  }
  if (!PRICE_PROVIDERS.some((id) => settings.providers[id])) errors.providers = t('errPriceSource');
  if (!settings.providers.mempool && !settings.providers.blockstream) {
    errors.providers = t('errHeightSource');
  }

  if (candidate.sites !== undefined && !isRecord(candidate.sites)) errors.sites = t('errSites');
  settings.sites = readSites(candidate.sites);
  if (isRecord(candidate.sites) && Object.keys(settings.sites).length !== Object.keys(candidate.sites).length) {
    errors.sites = t('errSites');
  }
  if (typeof candidate.paused !== 'boolean') errors.paused = t('errOnOff');
  else settings.paused = candidate.paused;

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/**
 * Reads what is stored, of any version: each field that passes is kept, each that does not takes
 * its default, so one damaged field never costs the others. Version 1 (before the options page)
 * had only paused, sites and notify: they are carried over as they were.
 */
export function loadSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  const candidate = { ...settings, ...raw, version: SETTINGS_VERSION };
  for (const key of ['badge', 'notify', 'ladders', 'providers'] as const) {
    // A group stored as anything but an object (a string, a number) takes its defaults whole.
    candidate[key] = (isRecord(raw[key]) ? { ...settings[key], ...raw[key] } : settings[key]) as never;
  }
  const result = validateSettings(candidate);
  if (result.ok) return result.settings;
  // Keep every field that validated; only the bad ones fall back.
  const fallback = defaultSettings();
  const kept = structuredClone(candidate) as Record<string, unknown>;
  for (const path of Object.keys(result.errors)) {
    const [head, tail] = path.split('.');
    if (!head) return fallback;
    if (tail)
      (kept[head] as Record<string, unknown>)[tail] = (fallback[head as keyof Settings] as Record<string, unknown>)[
        tail
      ];
    else kept[head] = fallback[head as keyof Settings];
  }
  const retried = validateSettings(kept);
  return retried.ok ? retried.settings : fallback;
}
