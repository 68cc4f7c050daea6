import { describe, expect, it } from 'vitest';
import { retryAt } from '../../../src/background/backoff';
import { pollMinutesFor } from '../../../src/background/cadence';
import { ProviderError } from '../../../src/providers/errors';

const now = 1_000_000;

describe('backoff', () => {
  it('honours Retry-After on 429, capped at six hours', () => {
    expect(retryAt(new ProviderError('rate-limited', '', 429, 120_000), 1, now)).toBe(now + 120_000);
    expect(retryAt(new ProviderError('rate-limited', '', 429, 99 * 3_600_000), 1, now)).toBe(now + 6 * 3_600_000);
  });
  it('doubles from a minute on 429 without Retry-After', () => {
    expect(retryAt(new ProviderError('rate-limited', '', 429), 1, now)).toBe(now + 60_000);
    expect(retryAt(new ProviderError('rate-limited', '', 429), 3, now)).toBe(now + 240_000);
  });
  it('doubles from 30 s on 5xx and timeouts, up to 30 minutes', () => {
    expect(retryAt(new ProviderError('http', '', 500), 1, now)).toBe(now + 30_000);
    expect(retryAt(new ProviderError('timeout', ''), 2, now)).toBe(now + 60_000);
    expect(retryAt(new ProviderError('http', '', 502), 20, now)).toBe(now + 30 * 60_000);
    expect(retryAt(new ProviderError('http', '', 503, 5_000), 4, now)).toBe(now + 5_000);
  });
  it('does not back off from a bad answer or a 404: the next regular round asks again', () => {
    expect(retryAt(new ProviderError('invalid', ''), 5, now)).toBeNull();
    expect(retryAt(new ProviderError('http', '', 404), 5, now)).toBeNull();
    expect(retryAt(new ProviderError('network', ''), 5, now)).toBeNull();
  });
});

describe('polling cadence', () => {
  it("is the user's interval while active and at least ten minutes while idle or locked", () => {
    expect(pollMinutesFor('active', 1)).toBe(1);
    expect(pollMinutesFor('idle', 1)).toBe(10);
    expect(pollMinutesFor('locked', 1)).toBe(10);
    expect(pollMinutesFor('active', 30)).toBe(30);
    expect(pollMinutesFor('idle', 30)).toBe(30);
  });
});
