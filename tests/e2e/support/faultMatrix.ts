// The fault matrix's rows: every provider alone, and all at once, answering badly in each way the
// reliability issue lists; faults.spec.ts runs them, stalls.spec.ts the stall rows with a short deadline.
import type { Page } from '@playwright/test';
import { type Extension, expect, sharedBrowserTest as test } from './fixtures';
import { QUICK_PROVIDER_TIMEOUT_MS } from './paths';
import { advanceWorkerClock, storedState } from './worker';

type Id = 'coingecko' | 'coinbase' | 'kraken' | 'mempool' | 'blockstream';
type Target = Id | 'all';
type Override = Record<string, unknown>;

const PRICE_SOURCES: Id[] = ['coingecko', 'coinbase', 'kraken'];
const HEIGHT_SOURCES: Id[] = ['mempool', 'blockstream'];
const NAMES: Record<Id, string> = {
  coingecko: 'CoinGecko',
  coinbase: 'Coinbase',
  kraken: 'Kraken',
  mempool: 'mempool.space',
  blockstream: 'blockstream.info',
};
const GREY = [138, 143, 152, 255];

/** Installed at this price; the faulty rounds report another, so a live badge and a last-good one differ. */
const INSTALL = { btcUsd: 61_234.5, height: 925_000, change24hPct: 2.1 };
const DURING = { btcUsd: 62_000, height: 925_000, change24hPct: 1.5 };
const AFTER = { btcUsd: 63_000, height: 925_002, change24hPct: 0.5 };
/** blockstream.info is the fallback, asked only when mempool.space gives no height. */
const MEMPOOL_DOWN = { mempool: { body: 'temporarily unavailable' } };

interface Fault {
  name: string;
  /** The providers it applies to; 'all' is every one of those at once. */
  targets: Target[];
  /** What the provider answers. */
  answer(id: Id): Override;
  /** What the popup says of a provider that answered so, after "Name ". */
  says(id: Id, target: Target): RegExp;
  /** How long the provider is left alone afterwards, when it is (5xx, 429, timeouts). */
  backoffMs?: number;
  /** Whether the round still has a fresh price with every target answering so. */
  liveWithAll: boolean;
  /** Run in the build that gives up on a provider after QUICK_PROVIDER_TIMEOUT_MS instead of 8 s. */
  quickTimeout?: boolean;
}

const ALL: Target[] = [...PRICE_SOURCES, ...HEIGHT_SOURCES, 'all'];
const retry = String.raw` · retry \d\d:\d\d`;
const isPrice = (id: Id) => PRICE_SOURCES.includes(id);

const TRUNCATED: Record<Id, string> = {
  coingecko: '{"bitcoin":{"usd":62000,"usd_market_ca',
  coinbase: '{"data":{"amount":"62000.00","ba',
  kraken: '{"error":[],"result":{"XXBTZUSD":{"c":["6200',
  mempool: '9250',
  blockstream: '9250',
};
const WRONG_SHAPE: Record<Id, string> = {
  coingecko: '{"bitcoin":{"usd":"62000"}}',
  coinbase: '{"data":[{"amount":"62000.00"}]}',
  kraken: '{"error":[],"result":{"XXBTZUSD":{"c":[62000,"1"]}}}',
  mempool: '{"height":925000}',
  blockstream: '[925000]',
};

const FAULTS: Fault[] = [
  {
    name: 'HTTP 500',
    targets: ALL,
    answer: () => ({ status: 500 }),
    says: () => new RegExp(`failed: HTTP 500${retry}`),
    backoffMs: 30_000,
    liveWithAll: false,
  },
  {
    name: '429 with Retry-After: 120',
    targets: ALL,
    answer: () => ({ status: 429, retryAfter: 120 }),
    says: () => new RegExp(String.raw`failed: rate limited \(HTTP 429\)${retry}`),
    backoffMs: 120_000,
    liveWithAll: false,
  },
  {
    name: 'a 20 s stall',
    targets: ALL,
    answer: () => ({ delayMs: 20_000 }),
    says: () => new RegExp(`failed: no answer within ${QUICK_PROVIDER_TIMEOUT_MS / 1000} s${retry}`),
    backoffMs: 30_000,
    liveWithAll: false,
    quickTimeout: true,
  },
  {
    name: 'an empty body',
    targets: ALL,
    answer: () => ({ body: '' }),
    says: () => /failed: empty answer$/,
    liveWithAll: false,
  },
  {
    name: 'truncated JSON',
    targets: ALL,
    answer: (id) => ({ body: TRUNCATED[id] }),
    says: (id) => (isPrice(id) ? /failed: answer is not valid JSON$/ : /failed: block height out of range \(9250\)$/),
    liveWithAll: false,
  },
  {
    name: 'valid JSON of the wrong shape',
    targets: ALL,
    answer: (id) => ({ body: WRONG_SHAPE[id] }),
    says: (id) =>
      isPrice(id)
        ? /failed: unexpected answer at [\w.]+ \((?:expected .+, got .+|missing)\)$/
        : /failed: answer is not a block height$/,
    liveWithAll: false,
  },
  {
    name: 'a price (or height) 10× off',
    targets: ALL,
    answer: (id) => (isPrice(id) ? { btcUsd: DURING.btcUsd * 10 } : { height: DURING.height * 10 }),
    says: (id, target) => {
      if (!isPrice(id)) return /failed: block height jumped ahead \(9250000 after 925000\)$/;
      // Alone it is outvoted; all three agreeing on it are held back against the last good price.
      return target === 'all'
        ? /left out: \+9\d\d\.\d% from the last good price$/
        : /left out: \+900\.0% from the others$/;
    },
    liveWithAll: false,
  },
  {
    name: 'a price of 0',
    targets: [...PRICE_SOURCES, 'all'],
    answer: () => ({ btcUsd: 0 }),
    says: () => /failed: unexpected answer at [\w.]+ \(expected >0, got 0\)$/,
    liveWithAll: false,
  },
  {
    // The supply is computed from the chain height; CoinGecko's market cap only cross-checks it.
    name: 'a negative supply (height or market cap)',
    targets: ['coingecko', ...HEIGHT_SOURCES, 'all'],
    answer: (id) =>
      id === 'coingecko'
        ? { body: '{"bitcoin":{"usd":62000,"usd_market_cap":-1.2e12,"usd_24h_change":1.5}}' }
        : { height: -DURING.height },
    says: (id) =>
      id === 'coingecko'
        ? /failed: unexpected answer at bitcoin\.usd_market_cap \(expected >0, got -1200000000000\)$/
        : /failed: answer is not a block height$/,
    liveWithAll: true,
  },
  {
    name: 'a chain height that goes backwards',
    targets: [...HEIGHT_SOURCES, 'all'],
    answer: () => ({ height: DURING.height - 1000 }),
    says: () => /failed: block height went backwards \(924000 after 925000\)$/,
    liveWithAll: true,
  },
];

/** The providers a row makes answer badly. */
function faulty(fault: Fault, target: Target): Id[] {
  if (target !== 'all') return [target];
  return (fault.targets.filter((t) => t !== 'all') as Id[]).sort();
}

function scenarioFor(base: object, answers: Partial<Record<Id, Override>>, target: Target) {
  // For blockstream.info alone, mempool.space must fail for it to be asked at all.
  const providers = target === 'blockstream' ? { ...MEMPOOL_DOWN, ...answers } : answers;
  return { ...base, providers };
}

/** Nothing anywhere that would show a broken figure. */
const BROKEN = /NaN|undefined|Infinity|null|\$0(?![\d,.])|\$0\.00|(?<![\d,.])0 BTC/;

async function expectNothingBroken(extension: Extension, popup: Page) {
  const badge = await extension.badge();
  expect(badge.text).not.toBe('');
  expect(`${badge.text}\n${badge.title}`).not.toMatch(BROKEN);
  // The popup's text, and its titles and labels (tooltips, screen readers) too.
  const shown = await popup.evaluate(() =>
    [
      document.body.textContent,
      ...Array.from(document.querySelectorAll('[title], [aria-label]'), (e) =>
        [e.getAttribute('title'), e.getAttribute('aria-label')].join(' '),
      ),
    ].join('\n'),
  );
  expect(shown).not.toMatch(BROKEN);
}

function asked(replay: { log(): { provider: string }[] }, ids: Id[]) {
  return replay.log().filter((r) => ids.includes(r.provider as Id)).length;
}

async function refresh(popup: Page) {
  const reply: unknown = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  expect(reply).toMatchObject({ ok: true });
}

/**
 * Defines one test per row of the faults that `quickTimeout` selects (the stall rows need the build
 * with a short provider deadline, a worker-wide option set at the top of their own spec file).
 */
export function defineFaultRows(quickTimeout: boolean): void {
  test.use({ initialScenario: INSTALL });

  for (const fault of FAULTS.filter((f) => Boolean(f.quickTimeout) === quickTimeout)) {
    test.describe(fault.name, () => {
      for (const target of fault.targets) {
        const ids = faulty(fault, target);
        const live = target !== 'all' || fault.liveWithAll;
        test(`${target === 'all' ? 'all at once' : NAMES[target]}: ${live ? 'live price' : 'last good price, stale'}, named in the popup, ${fault.backoffMs ? 'backs off, ' : ''}recovers`, async ({
          extension,
          replay,
        }) => {
          const popup = await extension.open();
          await expect(popup.getByTestId('price')).toHaveText('$61,234.50');

          // The faulty round.
          const answers = Object.fromEntries(ids.map((id) => [id, fault.answer(id)]));
          replay.setScenario(scenarioFor(DURING, answers, target));
          replay.clearLog();
          await refresh(popup);
          expect(asked(replay, ids), 'each faulty provider asked once').toBe(ids.length);

          const badge = await extension.badge();
          if (live) {
            expect(badge.text).toBe('62k');
            expect(badge.color).not.toEqual(GREY);
            expect(badge.title).not.toContain('STALE');
            await expect(popup.getByTestId('freshness')).toHaveText(/^live · /);
            await expect(popup.getByTestId('price')).toHaveText('$62,000.00');
          } else {
            expect(badge.text).toBe('61.2k');
            expect(badge.color).toEqual(GREY);
            expect(badge.title).toMatch(
              /^CapLens — STALE since \d\d:\d\d:\d\d \(\d+ s ago\): .+\nLast good: BTC \$61,235 · /,
            );
            await expect(popup.getByTestId('freshness')).toHaveText(/^stale · figures from \d+ s ago · .+/);
            await expect(popup.getByTestId('price')).toHaveText('$61,234.50');
          }
          for (const id of ids) {
            await expect(popup.getByTestId(`provider-${id}`)).toHaveText(
              new RegExp(`^${NAMES[id].replace('.', '\\.')} ${fault.says(id, target).source}`),
            );
          }
          await expectNothingBroken(extension, popup);

          if (fault.backoffMs) {
            // Asked again at once, a provider in backoff is left alone and shown as waiting, with why.
            const state = await storedState(extension);
            for (const id of ids) {
              const status = state.providers[id];
              expect(status?.retryAt, `${id} retryAt`).toBe((status?.at ?? 0) + fault.backoffMs);
            }
            replay.clearLog();
            await refresh(popup);
            expect(asked(replay, ids), 'no request to a provider in backoff').toBe(0);
            for (const id of ids) {
              await expect(popup.getByTestId(`provider-${id}`)).toHaveText(
                new RegExp(`^${NAMES[id].replace('.', '\\.')} waiting: .+${retry}$`),
              );
            }
            await expectNothingBroken(extension, popup);
            if (fault.backoffMs > 60_000) {
              // Retry-After beyond the default minute for a 429 is honoured too.
              await advanceWorkerClock(extension, 61_000);
              await refresh(popup);
              expect(asked(replay, ids), 'no request before Retry-After').toBe(0);
            }
            await advanceWorkerClock(extension, fault.backoffMs + 1_000 - (fault.backoffMs > 60_000 ? 61_000 : 0));
          }

          // The next good round recovers everything.
          replay.setScenario(scenarioFor(AFTER, {}, target));
          replay.clearLog();
          await refresh(popup);
          // All at once, mempool.space answers again, so blockstream.info is not needed.
          const again = target === 'all' ? ids.filter((id) => id !== 'blockstream') : ids;
          expect(asked(replay, again), 'each faulty provider asked again').toBe(again.length);
          const recovered = await extension.badge();
          expect(recovered.text).toBe('63k');
          expect(recovered.color).not.toEqual(GREY);
          expect(recovered.title).toMatch(/^BTC \$63,000 · /);
          await expect(popup.getByTestId('freshness')).toHaveText(/^live · /);
          await expect(popup.getByTestId('price')).toHaveText('$63,000.00');
          for (const id of ids) {
            await expect(popup.getByTestId(`provider-${id}`)).toHaveText(
              `${NAMES[id]} ${id === 'blockstream' && target === 'all' ? 'not needed (fallback)' : 'answered'}`,
            );
          }
          await expectNothingBroken(extension, popup);
        });
      }
    });
  }
}
