// Turns a body into a validated value or an 'invalid' ProviderError: no unchecked number leaves a provider.
import * as v from 'valibot';
import { t } from '../i18n/t';
import { ProviderError } from './errors';

/**
 * What was wrong, briefly and in words the popup can show: " (expected >0, got 0)", " (missing)".
 * Never "undefined", "null" or "NaN": the popup shows no such word.
 */
function whatWasWrong(issue: v.BaseIssue<unknown>): string {
  const { expected, received } = issue;
  if (received === 'undefined' || received === 'null') return ` (${t('errMissing')})`;
  if (!expected) return '';
  const got = /^-?Infinity$|^NaN$/.test(received)
    ? t('errOutOfRange')
    : received.length > 24
      ? `${received.slice(0, 23)}…`
      : received;
  return ` (${t('errExpectedGot', expected, got)})`;
}

export function parseJson<S extends v.GenericSchema>(text: string, schema: S): v.InferOutput<S> {
  if (text.trim() === '') throw new ProviderError('invalid', t('errEmpty'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProviderError('invalid', t('errNotJson'));
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new ProviderError('invalid', (path ? t('errUnexpectedAt', path) : t('errUnexpected')) + whatWasWrong(issue));
  }
  return result.output;
}
