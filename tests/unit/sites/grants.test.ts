// The origins a site the user turns on is granted, and back: the background turns a site on from
// the permission granted (permissions.onAdded), so only our own per-site patterns may name a site.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEWS_SITES } from '../../../src/sites/contentScript';
import { siteOfOrigin, sitesOfOrigins } from '../../../src/sites/grants';
import { siteOrigins } from '../../../src/sites/origins';

describe('siteOfOrigin', () => {
  it('gives back the host of each origin siteOrigins asks for', () => {
    for (const host of [
      'example.com',
      'www.example.org',
      'localhost',
      '127.0.0.1',
      'a-b.c-d.co.uk',
      'xn--bcher-kva.de',
    ]) {
      expect(siteOrigins(host).map(siteOfOrigin)).toEqual([host, host]);
      expect(sitesOfOrigins(siteOrigins(host))).toEqual([host]);
    }
  });

  it('round-trips any well-formed host that is not a news site', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
    const host = fc
      .array(label, { minLength: 1, maxLength: 4 })
      .map((labels) => labels.join('.'))
      .filter((h) => !NEWS_SITES.some((site) => h === site || h.endsWith(`.${site}`)));
    fc.assert(
      fc.property(host, (h) => {
        expect(sitesOfOrigins(siteOrigins(h))).toEqual([h]);
      }),
    );
  });

  it('reads a host written in capitals as the browser does, in lower case', () => {
    expect(siteOfOrigin('https://Example.COM/*')).toBe('example.com');
  });

  it('refuses every pattern that is not one of ours', () => {
    for (const pattern of [
      '<all_urls>',
      'https://*/*',
      'http://*/*',
      '*://*/*',
      '*://example.com/*',
      'https://*.example.com/*',
      'https://example.com/',
      'https://example.com/path/*',
      'https://example.com:8080/*',
      'https://example.com/*/*',
      'ftp://example.com/*',
      'ws://example.com/*',
      'file:///*',
      'moz-extension://example.com/*',
      'https:///*',
      'https://exa mple.com/*',
      'https://example..com/*',
      'https://.example.com/*',
      'https://[::1]/*',
      'https://user@example.com/*',
      ' https://example.com/*',
      'https://example.com/* ',
      '',
    ]) {
      expect(siteOfOrigin(pattern), pattern).toBeNull();
    }
  });

  it('leaves out the news sites and their subdomains: the manifest covers them already', () => {
    expect(siteOfOrigin('https://coindesk.com/*')).toBeNull();
    expect(siteOfOrigin('http://www.coindesk.com/*')).toBeNull();
    for (const site of NEWS_SITES) expect(sitesOfOrigins(siteOrigins(site)), site).toEqual([]);
    // A host that only ends like a news site is another site.
    expect(siteOfOrigin('https://notcoindesk.com/*')).toBe('notcoindesk.com');
  });
});

describe('sitesOfOrigins', () => {
  it('names each site once, in order, and skips the rest of a mixed grant', () => {
    expect(
      sitesOfOrigins([
        'https://b.example/*',
        '<all_urls>',
        'http://b.example/*',
        'https://coindesk.com/*',
        'http://a.example/*',
        'https://*/*',
      ]),
    ).toEqual(['b.example', 'a.example']);
    expect(sitesOfOrigins([])).toEqual([]);
  });
});
