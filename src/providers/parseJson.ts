// Turns a body into a validated value or an 'invalid' ProviderError: no unchecked number leaves a provider.
import * as v from 'valibot';
import { ProviderError } from './errors';

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
    const path = v.getDotPath(result.issues[0]);
    throw new ProviderError('invalid', `unexpected answer${path ? ` at ${path}` : ''}`);
  }
  return result.output;
}
