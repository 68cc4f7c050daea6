// Turns a body into a validated value or an 'invalid' ProviderError: no unchecked number leaves a provider.
import * as v from 'valibot';
import { ProviderError } from './errors';

/**
 * What was wrong, briefly and in words the popup can show: " (expected >0, got 0)", " (missing)".
 * Never "undefined", "null" or "NaN": the popup shows no such word.
 */
function whatWasWrong(issue: v.BaseIssue<unknown>): string {
  const { expected, received } = issue;
  if (received === 'undefined' || received === 'null') return ' (missing)';
  if (!expected) return '';
  const got = /^-?Infinity$|^NaN$/.test(received)
    ? 'a number out of range'
    : received.length > 24
      ? `${received.slice(0, 23)}…`
      : received;
  return ` (expected ${expected}, got ${got})`;
}

export function parseJson<S extends v.GenericSchema>(text: string, schema: S): v.InferOutput<S> {
  if (text.trim() === '') throw new ProviderError('invalid', 'empty answer');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProviderError('invalid', 'answer is not valid JSON');
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new ProviderError('invalid', `unexpected answer${path ? ` at ${path}` : ''}${whatWasWrong(issue)}`);
  }
  return result.output;
}
