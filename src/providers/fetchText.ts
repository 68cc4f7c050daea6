// One HTTP GET with a deadline; every failure becomes a ProviderError that names its cause.
import { t } from '../i18n/t';
import { ProviderError, parseRetryAfter } from './errors';

export const DEFAULT_TIMEOUT_MS = 8000;
/** Provider answers are a few hundred bytes; anything far larger is not what we asked for. */
const MAX_BODY_CHARS = 256 * 1024;

export async function fetchText(
  url: string,
  options: { timeoutMs?: number; fetchImpl?: typeof fetch; now?: () => number } = {},
): Promise<string> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl = fetch, now = Date.now } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
      headers: { accept: 'application/json, text/plain' },
    });
    if (response.status === 429) {
      throw new ProviderError(
        'rate-limited',
        t('errRateLimited'),
        429,
        parseRetryAfter(response.headers.get('retry-after'), now()),
      );
    }
    if (!response.ok) {
      throw new ProviderError(
        'http',
        t('errHttp', response.status),
        response.status,
        parseRetryAfter(response.headers.get('retry-after'), now()),
      );
    }
    const text = await response.text();
    if (text.length > MAX_BODY_CHARS) throw new ProviderError('invalid', t('errTooLarge'));
    return text;
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    if (controller.signal.aborted) {
      throw new ProviderError(
        'timeout',
        t('errTimeout', timeoutMs < 1000 ? timeoutMs / 1000 : Math.round(timeoutMs / 1000)),
      );
    }
    throw new ProviderError('network', t('errNetwork'));
  } finally {
    clearTimeout(timer);
  }
}
