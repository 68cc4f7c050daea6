// The user's settings, in storage.sync so they follow the user between browsers. Validated on
// every read; a value that fails is replaced by its default alone, so one bad field never costs
// the others. (The options page, currency and ladders arrive with the settings issue.)

export { SETTINGS_KEY } from './keys';
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The global pause: no content script work anywhere while true. */
  paused: boolean;
  /** Per-site switches by host name: true turns notes on for a site off by default, false turns a default site off. */
  sites: Record<string, boolean>;
  /** Which milestone events make a notification. */
  notify: NotifySettings;
}

export interface NotifySettings {
  capMilestones: boolean;
  priceMilestones: boolean;
  highs: boolean;
  /** Falling through a line: off unless asked for. */
  downward: boolean;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    paused: false,
    sites: {},
    notify: { capMilestones: true, priceMilestones: true, highs: true, downward: false },
  };
}

const HOST = /^[a-z0-9.-]{1,253}$/;

/** Reads stored settings without a schema library: the content script reads them too and must stay small. */
export function loadSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return settings;
  const value = raw as Partial<Record<keyof Settings, unknown>>;
  if (typeof value.paused === 'boolean') settings.paused = value.paused;
  if (typeof value.sites === 'object' && value.sites !== null) {
    for (const [host, on] of Object.entries(value.sites)) {
      if (HOST.test(host) && typeof on === 'boolean') settings.sites[host] = on;
    }
  }
  if (typeof value.notify === 'object' && value.notify !== null) {
    const notify = value.notify as Record<string, unknown>;
    for (const key of Object.keys(settings.notify) as (keyof NotifySettings)[]) {
      if (typeof notify[key] === 'boolean') settings.notify[key] = notify[key];
    }
  }
  return settings;
}

/** A site's switch applies to its subdomains too: turning off example.com turns off www.example.com. */
export function siteSwitch(settings: Settings, host: string): boolean | undefined {
  for (let h = host.toLowerCase(); h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (h in settings.sites) return settings.sites[h];
  }
  return undefined;
}
