import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDERS, defaultLadders } from '../../../src/core/milestones/ladder';
import { ladderText, parseLadderText } from '../../../src/core/milestones/ladderText';
import { defaultSettings, loadSettings, validateSettings } from '../../../src/state/settings';

describe('settings', () => {
  it('are the defaults on a fresh install', () => {
    expect(loadSettings(undefined)).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({
      pollMinutes: 1,
      badge: { content: 'price', colors: true },
      paused: false,
    });
    expect(defaultSettings().notify).toEqual({
      capMilestones: true,
      priceMilestones: true,
      highs: true,
      downward: false,
    });
  });

  it('carry over settings of version 1, which had only pause, sites and notifications', () => {
    const v1 = {
      version: 1,
      paused: true,
      sites: { 'example.org': true, 'coindesk.com': false },
      notify: { capMilestones: false, priceMilestones: true, highs: true, downward: true },
    };
    const settings = loadSettings(v1);
    expect(settings.version).toBe(2);
    expect(settings.paused).toBe(true);
    expect(settings.sites).toEqual({ 'example.org': true, 'coindesk.com': false });
    expect(settings.notify).toEqual(v1.notify);
    expect(settings.pollMinutes).toBe(1);
  });

  it('lose only the damaged field when reading what is stored', () => {
    const stored = {
      ...defaultSettings(),
      pollMinutes: 'often',
      paused: true,
      notify: { highs: 'yes', downward: true },
    };
    const settings = loadSettings(stored);
    expect(settings.pollMinutes).toBe(1);
    expect(settings.paused).toBe(true);
    expect(settings.notify).toEqual({ capMilestones: true, priceMilestones: true, highs: true, downward: true });
  });

  it.each([
    [{ pollMinutes: 0 }, 'pollMinutes', 'a whole number of minutes from 1 to 60'],
    [{ pollMinutes: 61 }, 'pollMinutes', 'a whole number of minutes from 1 to 60'],
    [{ pollMinutes: 2.5 }, 'pollMinutes', 'a whole number of minutes from 1 to 60'],
    [{ badge: { content: 'volume', colors: true } }, 'badge.content', 'price, market cap or 24 h change'],
    [
      { providers: { coingecko: false, coinbase: false, kraken: false, mempool: true, blockstream: true } },
      'providers',
      'at least one price source must stay on',
    ],
    [
      { providers: { coingecko: true, coinbase: true, kraken: true, mempool: false, blockstream: false } },
      'providers',
      'at least one block height source must stay on',
    ],
    [{ ladders: { cap: { values: [] }, price: null } }, 'ladders.cap', /./],
    [{ sites: { 'not a host!': true } }, 'sites', 'each site must be a host name like example.com'],
  ])('refuse %j with the reason beside its field', (change, field, reason) => {
    const result = validateSettings({ ...defaultSettings(), ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toMatch(reason);
  });

  it('accept a full valid set', () => {
    const candidate = {
      ...defaultSettings(),
      pollMinutes: 15,
      badge: { content: 'cap', colors: false },
      ladders: { cap: { values: [1e12, 2e12, 3e12] }, price: null },
    };
    expect(validateSettings(candidate)).toEqual({ ok: true, settings: candidate });
  });
});

describe('ladders typed by the user', () => {
  it('read round amounts with k, M, B and T', () => {
    expect(parseLadderText('90k, 100k, 125k')).toEqual({ ok: true, ladder: { values: [90_000, 100_000, 125_000] } });
    expect(parseLadderText('$1T; 1.5T\n2T')).toEqual({ ok: true, ladder: { values: [1e12, 1.5e12, 2e12] } });
    expect(parseLadderText('  ')).toEqual({ ok: true, ladder: null });
  });
  it('read amounts written with thousands commas and currency signs', () => {
    expect(parseLadderText('100,000, 125,000,150k')).toEqual({
      ok: true,
      ladder: { values: [100_000, 125_000, 150_000] },
    });
    expect(parseLadderText('90k,100k')).toEqual({ ok: true, ladder: { values: [90_000, 100_000] } });
    expect(parseLadderText('€1T, ¥15M, CHF 2T, C$3T')).toEqual({
      ok: true,
      ladder: { values: [15e6, 1e12, 2e12, 3e12] },
    });
  });
  it('say which part is wrong', () => {
    expect(parseLadderText('100k, lots')).toEqual({
      ok: false,
      error: '"lots" is not an amount like 100k, 2.5T or 150000',
    });
    expect(parseLadderText('100k, 0')).toEqual({ ok: false, error: '"0" is not above zero' });
    expect(parseLadderText('100k, 0.1k, 100,000')).toEqual({ ok: false, error: '"100000" appears twice' });
    expect(parseLadderText(Array.from({ length: 501 }, (_, i) => i + 1).join(', '))).toEqual({
      ok: false,
      error: 'at most 500 milestones',
    });
  });
  it('show a stored ladder as it would be typed', () => {
    expect(ladderText({ values: [90_000, 1.5e12] })).toBe('90k, 1.5T');
    expect(ladderText(null)).toBe('');
    expect(ladderText(DEFAULT_LADDERS.price)).toBe('every 10k up to 100k; every 25k up to 300k; every 50k');
    expect(ladderText(defaultLadders('JPY').cap)).toBe('every 10T up to 100T; every 25T up to 500T; every 100T');
  });
});

describe('damaged settings groups', () => {
  it.each(['loud', 42, null, ['a']])('take their defaults whole when stored as %j', (value) => {
    const settings = loadSettings({ ...defaultSettings(), notify: value, badge: value, paused: true });
    expect(settings.notify).toEqual(defaultSettings().notify);
    expect(settings.badge).toEqual(defaultSettings().badge);
    expect(settings.paused).toBe(true);
  });
});
