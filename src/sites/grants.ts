// Which site a granted permission is for: the inverse of siteOrigins (origins.ts), for the
// background, which turns a site on when its permission is granted (permissions.onAdded), whoever
// asked. Apart from origins.ts so that the popup and the options page, which share that, do not carry it.
import { isNewsSite } from './contentScript';
import { isHostName } from './switches';

const SITE_ORIGIN = /^https?:\/\/([^/]+)\/\*$/;

/**
 * The site a granted origin pattern is for: the inverse of siteOrigins. Null for anything else
 * (`<all_urls>`, `https://*\/*`, `*.example.com`, a path, a port, another scheme) and for the
 * news sites, which the manifest covers already.
 */
export function siteOfOrigin(origin: string): string | null {
  const host = SITE_ORIGIN.exec(origin)?.[1]?.toLowerCase();
  return host && isHostName(host) && !isNewsSite(host) ? host : null;
}

/** The sites a set of granted origins is for, each once, in order. */
export function sitesOfOrigins(origins: readonly string[]): string[] {
  const hosts = origins.map(siteOfOrigin).filter((host): host is string => host !== null);
  return [...new Set(hosts)];
}
