// Every user-facing string goes through the browser's i18n (public/_locales/<lang>/messages.json).
// Pure modules take a Translate function instead, so they stay free of browser APIs.
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}
const scope = globalThis as {
  browser?: { i18n?: I18nApi };
  chrome?: { i18n?: I18nApi };
  navigator?: { language?: string };
};
const i18n = () => scope.browser?.i18n ?? scope.chrome?.i18n;

/** The message in the browser's language; the key itself if it is missing, so a gap shows rather than hides. */
export const t: Translate = (key, ...substitutions) => i18n()?.getMessage(key, substitutions.map(String)) || key;

/**
 * The browser's locale for numbers and dates: the user's first preferred language, which also
 * picks the messages, so figures and words agree (the UI language can lag behind where the
 * browser ships no translation of its own menus).
 */
export function uiLocale(): string {
  return scope.navigator?.language || i18n()?.getUILanguage() || 'en-US';
}
