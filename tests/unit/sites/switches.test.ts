import { describe, expect, it } from 'vitest';
import { readSites, siteSwitch } from '../../../src/sites/switches';

describe('site switches', () => {
  it('apply to subdomains and keep only host names', () => {
    const sites = readSites({ 'example.org': false, 'news.example.com': true, 'bad host': true, x: 'yes' });
    expect(sites).toEqual({ 'example.org': false, 'news.example.com': true });
    expect(siteSwitch(sites, 'www.example.org')).toBe(false);
    expect(siteSwitch(sites, 'news.example.com')).toBe(true);
    expect(siteSwitch(sites, 'example.com')).toBeUndefined();
  });

  it('apply to a host of one label too (localhost, an intranet name)', () => {
    const sites = readSites({ localhost: true, intranet: false });
    expect(siteSwitch(sites, 'localhost')).toBe(true);
    expect(siteSwitch(sites, 'LocalHost')).toBe(true);
    expect(siteSwitch(sites, 'intranet')).toBe(false);
    expect(siteSwitch(sites, 'wiki.intranet')).toBe(false);
    expect(siteSwitch(sites, 'other')).toBeUndefined();
    expect(siteSwitch({}, '')).toBeUndefined();
  });
});

describe('site switches as the content script reads them, uncleaned', () => {
  it("looks up only the page's own host: a bad entry elsewhere changes nothing, anything but false is on", () => {
    const raw = { 'example.org': false, 'bad host': 'yes', constructor: 1 } as unknown as Record<string, boolean>;
    expect(siteSwitch(raw, 'www.example.org')).toBe(false);
    expect(siteSwitch(raw, 'example.com')).toBeUndefined();
    expect(siteSwitch(raw, 'constructor') !== false).toBe(true);
  });
});
