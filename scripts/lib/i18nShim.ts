// chrome.i18n.getMessage outside a browser (unit tests, the scan command), reading the English
// messages as Chrome does: named placeholders map to $1…$9, and "$$" is a literal dollar sign.
// Importing this module installs it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not a URL: test environments with a DOM replace the global URL.
const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', '_locales');

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function messagesOf(lang: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
}

export function getMessageFrom(messages: Messages) {
  return (key: string, substitutions: string[] = []): string => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\$|[A-Za-z0-9_]+\$)/g, (whole, name: string) => {
      if (name === '$') return '$';
      const content = entry.placeholders?.[name.slice(0, -1).toLowerCase()]?.content;
      if (!content) return whole;
      return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

const scope = globalThis as { chrome?: { i18n?: unknown } };
scope.chrome = {
  ...(scope.chrome ?? {}),
  i18n: { getMessage: getMessageFrom(messagesOf('en')), getUILanguage: () => 'en-US' },
};
