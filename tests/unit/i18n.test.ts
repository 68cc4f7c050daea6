// Every language has every message, with no substitution English lacks.
import { describe, expect, it } from 'vitest';
import { getMessageFrom, messagesOf } from '../../scripts/lib/i18nShim';
import { t } from '../../src/i18n/t';

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
    const { fetchText } = await import('../../src/providers/fetchText');
    const { coingecko } = await import('../../src/providers/coingecko');
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
