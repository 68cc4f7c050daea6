// A site's permission, as origin patterns: what turning a site on asks for, and which site a
// granted pattern is for (the background turns a site on when its permission is granted,
// permissions.onAdded, whoever asked).
import { isNewsSite } from './newsSites';
import { isHostName } from './switches';

/** The origins a site the user turns on is granted: both schemes, that host only. */
export function siteOrigins(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

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
