// Per-site switches, shared by the content script (which must stay small) and the settings.

export type SiteSwitches = Record<string, boolean>;

const HOST = /^[a-z0-9.-]{1,253}$/;

export function isHostName(host: string): boolean {
  return HOST.test(host) && !host.startsWith('.') && !host.endsWith('.') && !host.includes('..');
}

/** Keeps only well-formed host names with a boolean. */
export function readSites(raw: unknown): SiteSwitches {
  const sites: SiteSwitches = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return sites;
  for (const [host, on] of Object.entries(raw)) if (isHostName(host) && typeof on === 'boolean') sites[host] = on;
  return sites;
}

/**
 * A site's switch applies to its subdomains too: turning off example.com turns off www.example.com.
 * A host of one label (localhost, an intranet name) has its own switch as well.
 */
export function siteSwitch(sites: SiteSwitches, host: string): boolean | undefined {
  for (let h = host.toLowerCase(); h; h = h.slice(h.indexOf('.') + 1 || h.length)) {
    if (h in sites) return sites[h];
  }
  return undefined;
}
