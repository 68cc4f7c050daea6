// What the user types to add a site: a host name ("example.com") or an address pasted from the
// browser ("https://www.example.com/markets/bitcoin"). Pure, so its cases have unit tests.
import { isHostName } from '../sites/switches';

export type SiteInput = { host: string } | { error: 'empty' | 'notASite' };

export function parseSiteInput(text: string): SiteInput {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'empty' };
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    // Only web addresses: a file:// or chrome:// page has no site to switch on.
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return { error: 'notASite' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'notASite' };
    host = url.hostname;
  } else {
    // "example.com/markets" and "example.com:8080" name the site example.com.
    host = trimmed.split(/[/?#]/)[0].replace(/:\d+$/, '');
  }
  host = host.toLowerCase().replace(/\.$/, '');
  return isHostName(host) ? { host } : { error: 'notASite' };
}
