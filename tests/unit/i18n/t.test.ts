// Every language has every message, with no substitution English lacks.
import { describe, expect, it, vi } from 'vitest';
import { getMessageFrom, messagesOf } from '../../../scripts/lib/i18nShim';
import { nextState } from '../../../src/background/nextState';
import { noteDetail } from '../../../src/core/noteDetail';
import { t } from '../../../src/i18n/t';
import type { ProviderId } from '../../../src/providers/types';
import { emptyState } from '../../../src/state/state';

const en = messagesOf('en');

describe('messages', () => {
  it.each(['de', 'es'])('%s has every English message, with no substitution English lacks', (lang) => {
    const other = messagesOf(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      const english = Object.keys(en[key].placeholders ?? {});
      for (const name of Object.keys(other[key].placeholders ?? {})) expect(english, key).toContain(name);
      expect(other[key].message.trim(), key).not.toBe('');
    }
  });

  it('use no literal dollar sign, which chrome.i18n mangles next to a substitution', () => {
    for (const lang of ['en', 'de', 'es']) {
      for (const [key, entry] of Object.entries(messagesOf(lang))) {
        expect(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, ''), `${lang} ${key}`).not.toContain('$');
      }
    }
  });

  it('substitute like the browser does', () => {
    expect(t('annotateSite', 'example.org')).toBe('Annotate example.org');
    expect(t('moneyLongUSD', '1.5 trillion', '$')).toBe('$1.5 trillion');
    expect(t('moneyLongCAD', '1.5 trillion', '$')).toBe('C$1.5 trillion');
    expect(getMessageFrom(messagesOf('de'))('moneyLongUSD', ['1,5 Billionen', '$'])).toBe('1,5 Billionen Dollar');
    expect(getMessageFrom(messagesOf('es'))('moneyLongEUR', ['1,5 billones', '$'])).toBe('1,5 billones de euros');
    expect(getMessageFrom(messagesOf('es'))('live', ['12 s'])).toBe('en vivo · hace 12 s');
  });
});

describe('why a provider failed, in the browser language', () => {
  const scope = globalThis as unknown as { chrome: { i18n: { getMessage: unknown } } };
  const english = scope.chrome.i18n.getMessage;

  async function inGerman<T>(body: () => Promise<T>): Promise<T> {
    scope.chrome.i18n.getMessage = getMessageFrom(messagesOf('de'));
    try {
      return await body();
    } finally {
      scope.chrome.i18n.getMessage = english;
    }
  }

  const failureOf = async (body: () => unknown) => {
    try {
      await body();
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('says network errors, rate limits and bad answers in German', async () => {
    const { fetchText } = await import('../../../src/providers/fetchText');
    const { coingecko } = await import('../../../src/providers/coingecko');
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const limited = (async () => new Response('{}', { status: 429 })) as typeof fetch;
    const said = await inGerman(async () => [
      await failureOf(() => fetchText('http://127.0.0.1/', { fetchImpl: offline })),
      await failureOf(() => fetchText('http://127.0.0.1/', { fetchImpl: limited })),
      await failureOf(() => coingecko.parse('{"bitcoin":{"usd":"abc"}}')),
      await failureOf(() => coingecko.parse('')),
    ]);
    expect(said).toEqual([
      'Netzwerkfehler (offline oder blockiert)',
      'Anfragelimit erreicht (HTTP 429)',
      'unerwartete Antwort bei bitcoin.usd (erwartet number, erhalten "abc")',
      'leere Antwort',
    ]);
  });
});

describe("figures in words, in the browser's locale", () => {
  const scope = globalThis as unknown as { chrome: { i18n: { getMessage: unknown; getUILanguage: unknown } } };
  const { getMessage, getUILanguage } = scope.chrome.i18n;

  /** A German browser: its messages, its UI language and its first preferred language. */
  function inGerman<T>(body: () => T): T {
    scope.chrome.i18n.getMessage = getMessageFrom(messagesOf('de'));
    scope.chrome.i18n.getUILanguage = () => 'de';
    vi.stubGlobal('navigator', { language: 'de-DE' });
    try {
      return body();
    } finally {
      scope.chrome.i18n.getMessage = getMessage;
      scope.chrome.i18n.getUILanguage = getUILanguage;
      vi.unstubAllGlobals();
    }
  }

  const live = { priceUsd: 61_234.5, supplyBtc: 19_953_128 };

  it("say a note's comparison with today as the locale writes percentages", () => {
    expect(noteDetail({ kind: 'price', value: 55_300 }, live)).toMatch(/ Now \$61,235, 10\.7% higher\.$/);
    expect(noteDetail({ kind: 'price', value: 68_000 }, live)).toMatch(/, 9\.9% lower\.$/);
    expect(inGerman(() => noteDetail({ kind: 'price', value: 55_300 }, live))).toMatch(
      / Jetzt \$61,235, 10,7\u00a0% höher\.$/,
    );
    expect(inGerman(() => noteDetail({ kind: 'cap', value: 1.5e12 }, live))).toMatch(/, 18,5\u00a0% niedriger\.$/);
  });

  it('say how far an outlying source is from the others as the locale writes percentages', () => {
    const at = Date.UTC(2026, 10, 25, 16);
    const answer = (id: ProviderId, usd: number) => ({
      id,
      kind: 'answer' as const,
      at,
      value: { usd, change24hPct: null, capUsd: null },
    });
    const round = {
      startedAt: at - 500,
      finishedAt: at,
      prices: [answer('coingecko', 61_234.5), answer('coinbase', 612_345), answer('kraken', 61_234.5)],
      heights: [{ id: 'mempool' as const, kind: 'answer' as const, at, value: 925_000 }],
    };
    expect(nextState(emptyState(), round).providers.coinbase?.message).toBe('+900.0% from the others');
    expect(inGerman(() => nextState(emptyState(), round)).providers.coinbase?.message).toBe(
      '+900,0\u00a0% gegenüber den anderen',
    );
  });
});
