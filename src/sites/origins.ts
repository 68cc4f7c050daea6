// The permission a site the user turns on is granted, as origin patterns: both schemes, that host
// only. Asked for from the popup and the options page, given back when the site is turned off, and
// matched by the site's registered script.
export function siteOrigins(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}
