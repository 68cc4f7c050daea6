// @vitest-environment happy-dom
// The popup in each state a user can meet, rendered as the extension renders it.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DOLLARS } from '../../../src/core/currency';
import { DEFAULT_LADDERS } from '../../../src/core/milestones';
import { PopupView } from '../../../src/popup/PopupView';
import type { SiteControlsProps } from '../../../src/popup/parts/SiteControls';
import { emptyState, type State } from '../../../src/state/state';

const now = Date.UTC(2026, 10, 25, 16, 23, 17);
const at = now - 14_000;

const quote = {
  usd: 61_234.5,
  change24hPct: 2.1,
  height: 925_000,
  supplyBtc: 19_953_128.125,
  capUsd: 61_234.5 * 19_953_128.125,
  at,
  sources: ['coingecko', 'coinbase', 'kraken'],
  outliers: [],
};
const ok = (value: number) => ({ state: 'ok' as const, at, message: null, value, failures: 0, retryAt: null });
const healthy: State['providers'] = {
  coingecko: ok(61_234.5),
  coinbase: ok(61_234.5),
  kraken: ok(61_234.5),
  mempool: ok(925_000),
  blockstream: { state: 'standby', at: 0, message: null, value: null, failures: 0, retryAt: null },
};
const liveState: State = {
  ...emptyState(),
  quote,
  providers: healthy,
  lastRound: { startedAt: at - 300, finishedAt: at, ok: true, error: null },
  history: Array.from(
    { length: 30 },
    (_, i) => [now - (30 - i) * 3_600_000, 60_000 + i * 50, 1.2e12] as [number, number, number],
  ),
};

const controls: SiteControlsProps = {
  site: { host: 'www.coindesk.com', tabId: 1, isDefault: true },
  siteOn: true,
  paused: false,
  message: null,
  onSite: () => {},
  onPause: () => {},
  onOptions: () => {},
};

let host: HTMLElement;
function show(state: State | undefined, extra: Partial<Parameters<typeof PopupView>[0]> = {}): HTMLElement {
  host = document.createElement('main');
  document.body.append(host);
  render(
    <PopupView
      state={state}
      crossings={[]}
      ladders={DEFAULT_LADDERS}
      wanted="USD"
      money={DOLLARS}
      controls={controls}
      now={now}
      locale="en-US"
      busy={false}
      refreshError={null}
      onRefresh={() => {}}
      {...extra}
    />,
    host,
  );
  return host;
}
const text = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('popup', () => {
  it('says it is reading while the stored state loads', () => {
    const root = show(undefined);
    expect(text(root, 'loading')).toBe('Reading the last figures…');
  });

  it('says a price is being fetched on a fresh install, with no figure', () => {
    const root = show(emptyState());
    expect(text(root, 'price')).toBe('No price yet');
    expect(text(root, 'freshness')).toBe('Fetching the first price…');
    expect(root.querySelector('[data-testid="cap"]')).toBeNull();
    expect(root.textContent).toContain('Not enough history for 24h yet');
    expect(text(root, 'provider-kraken')).toBe('Kraken not asked yet');
  });

  it('shows every live figure', () => {
    const root = show(liveState);
    expect(text(root, 'price')).toBe('$61,234.50');
    expect(root.querySelector('[data-testid="price"]')?.getAttribute('aria-live')).toBe('polite');
    expect(text(root, 'change')).toBe('▲ +2.1% 24 h');
    expect(text(root, 'freshness')).toBe('live · 14 s ago');
    expect(text(root, 'cap')).toBe('$1.22T');
    expect(text(root, 'supply')).toBe('19,953,128 BTC');
    expect(root.querySelector('[data-testid="supply"]')?.getAttribute('title')).toBe('computed from block 925,000');
    expect(text(root, 'halving')).toBe('125,000 blocks · ≈ Apr 2029');
    expect(root.querySelector('[data-testid="sparkline"]')?.getAttribute('aria-label')).toBe(
      'Price over 24h: from $60,300 to $61,450',
    );
    expect(text(root, 'provider-blockstream')).toBe('blockstream.info not needed (fallback)');
  });

  it('shows the next cap and price milestones with the way to go and the price a cap line needs', () => {
    const root = show(liveState);
    // Text runs together here because the parts are separate elements laid out by CSS.
    expect(text(root, 'next-cap')).toBe('Cap $1.25T+2.3% to gofrom $1Tneeds $62,647/BTC');
    expect(root.querySelector('[data-testid="next-cap"] [role="progressbar"]')?.getAttribute('aria-valuenow')).toBe(
      '89',
    );
    expect(text(root, 'next-price')).toBe('Price $70,000+14.3% to gofrom $60,000');
  });

  it('writes the percentages of the milestones and of the supply check as the locale does', () => {
    const check = { source: 'coingecko', supplyBtc: 19_829_000, deviationPct: -0.6234, agrees: false };
    const english = show({ ...liveState, supplyCheck: check });
    expect(text(english, 'next-cap')).toContain('+2.3% to go');
    expect(english.querySelector('.status .warn')?.textContent).toBe(
      'Supply differs from coingecko by -0.62%: the chain height may be out of date.',
    );
    render(null, host);
    host.remove();
    // German figures (the words stay English here: the test's messages are the English ones).
    const german = show({ ...liveState, supplyCheck: check }, { locale: 'de' });
    expect(text(german, 'next-cap')).toContain('+2,3\u00a0% to go');
    expect(text(german, 'next-price')).toContain('+14,3\u00a0% to go');
    expect(german.querySelector('.status .warn')?.textContent).toContain('by -0,62\u00a0%:');
  });

  it('lists the latest crossings, newest first, and says when there are none', () => {
    expect(text(show(liveState), 'crossings')).toBe('None crossed since install.');
    render(null, host);
    host.remove();
    const event = {
      kind: 'crossing' as const,
      metric: 'cap' as const,
      direction: 'up' as const,
      line: 2e12,
      alsoCrossed: [],
      first: true,
      firstReached: null,
      price: 100_300,
      cap: 2.0e12,
      currency: 'USD' as const,
      at: Date.UTC(2024, 11, 5, 3),
    };
    const root = show(liveState, { crossings: [event] });
    expect(text(root, 'crossings')).toBe('Cap topped $2T, first time · 2024-12-05');
  });

  it('keeps the last figures and says they are stale, with their age and why', () => {
    const stale: State = {
      ...liveState,
      lastRound: { startedAt: now - 1000, finishedAt: now, ok: false, error: 'no-price' },
    };
    const root = show(stale);
    expect(text(root, 'price')).toBe('$61,234.50');
    expect(text(root, 'freshness')).toBe('stale · figures from 14 s ago · no price source answered');
  });

  it('is honest when offline before any price arrived', () => {
    const failed = {
      state: 'failed' as const,
      at: now,
      message: 'network error (offline or blocked)',
      value: null,
      failures: 1,
      retryAt: null,
    };
    const root = show({
      ...emptyState(),
      providers: { coingecko: failed, coinbase: failed, kraken: failed, mempool: failed, blockstream: failed },
      lastRound: { startedAt: now - 1000, finishedAt: now, ok: false, error: 'no-price' },
    });
    expect(text(root, 'price')).toBe('No price yet');
    expect(text(root, 'freshness')).toBe('Last try: no price source answered');
    expect(text(root, 'provider-coinbase')).toBe('Coinbase failed: network error (offline or blocked)');
  });

  it('names a failing provider and when it will be asked again, and an outlier', () => {
    const root = show({
      ...liveState,
      quote: { ...quote, sources: ['coingecko'] },
      providers: {
        ...healthy,
        kraken: {
          state: 'failed',
          at,
          message: 'rate limited (HTTP 429)',
          value: null,
          failures: 1,
          retryAt: now + 600_000,
        },
        coinbase: { ...ok(612_345), state: 'outlier', message: '+900.0% from the others' },
      },
    });
    expect(text(root, 'provider-kraken')).toBe('Kraken failed: rate limited (HTTP 429) · retry 16:33');
    expect(text(root, 'provider-coinbase')).toBe('Coinbase left out: +900.0% from the others');
  });

  it('never shows NaN, undefined or a zero figure in any state', () => {
    for (const state of [
      undefined,
      emptyState(),
      liveState,
      { ...liveState, quote: { ...quote, change24hPct: null } },
    ]) {
      const root = show(state);
      expect(root.textContent).not.toMatch(/NaN|undefined|null|\$0(?![\d.,])/);
      render(null, host);
      host.remove();
    }
    host = document.createElement('main');
  });

  it('offers to annotate the current site, and says when the page cannot have notes', () => {
    const root = show(liveState);
    const site = root.querySelector<HTMLInputElement>('[data-testid="site-switch"]');
    expect(site?.checked).toBe(true);
    expect(site?.closest('label')?.textContent).toBe('Annotate www.coindesk.com');
    render(null, host);
    host.remove();
    const other = show(liveState, {
      controls: { ...controls, site: { host: 'example.org', tabId: 2, isDefault: false }, siteOn: false },
    });
    expect(other.querySelector('[data-testid="site-switch"]')?.closest('label')?.textContent).toBe(
      'Annotate example.org (asks for access to this site)',
    );
    render(null, host);
    host.remove();
    const none = show(liveState, { controls: { ...controls, site: null } });
    expect(text(none, 'site-none')).toBe('Notes work on web pages (http and https) only.');
  });

  it('reports the switches the user flips', () => {
    const flips: string[] = [];
    const root = show(liveState, {
      controls: { ...controls, onSite: (on) => flips.push(`site ${on}`), onPause: (p) => flips.push(`pause ${p}`) },
    });
    root.querySelector<HTMLInputElement>('[data-testid="site-switch"]')?.click();
    root.querySelector<HTMLInputElement>('[data-testid="pause-switch"]')?.click();
    expect(flips).toEqual(['site false', 'pause true']);
  });

  it('shows figures in the chosen currency, saying how they were converted', () => {
    const root = show(liveState, { wanted: 'EUR', money: { currency: 'EUR', rate: 0.92 } });
    expect(text(root, 'price')).toBe('€56,335.74');
    expect(text(root, 'cap')).toBe('€1.12T');
    expect(text(root, 'currency-note')).toBe("in EUR, converted at CoinGecko's rate: 1 USD = 0.92 EUR");
    // The next milestones are the euro's own round numbers, with the euro price they take.
    expect(text(root, 'next-cap')).toContain('Cap €1.25T');
    expect(text(root, 'next-cap')).toContain('needs €62,647/BTC');
    expect(text(root, 'next-price')).toContain('Price €60,000');
  });

  it('says so when the chosen currency has no rate yet, and shows dollars', () => {
    const root = show(liveState, { wanted: 'JPY', money: DOLLARS });
    expect(text(root, 'price')).toBe('$61,234.50');
    expect(text(root, 'currency-note')).toBe('No JPY rate yet: figures in US dollars');
  });
});
