// Property tests for the provider modules: any answer at all, JSON or not, gives a validated value
// or an error whose words the popup can show as they are (never "undefined", "null" or "NaN").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/providers/errors';
import { allProviders } from '../../../src/providers/registry';

const answers = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  // Near misses of the real shapes.
  fc
    .record({
      usd: fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.constant(-1), fc.constant(0)),
      cap: fc.oneof(fc.double(), fc.constant(null), fc.constant('1e12')),
      key: fc.constantFrom('bitcoin', 'data', 'result', 'error'),
    })
    .map(({ usd, cap, key }) =>
      JSON.stringify({
        [key]: { usd, usd_market_cap: cap, amount: usd, base: 'BTC', currency: 'USD', XXBTZUSD: { c: [usd, '1'] } },
        error: [],
      }),
    ),
  fc.constantFrom('1e999', '{"bitcoin":{"usd":1e999}}', `{"error":["${'x'.repeat(500)}"]}`),
);

describe('provider answers', () => {
  it('are a finite positive value or an error with honest words', () => {
    fc.assert(
      fc.property(answers, (text) => {
        for (const provider of allProviders) {
          try {
            const value = provider.parse(text);
            const numbers = typeof value === 'number' ? [value] : [value.usd];
            for (const n of numbers) expect(Number.isFinite(n) && n > 0).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ProviderError);
            const message = (error as ProviderError).message;
            expect(message).not.toMatch(/undefined|null|NaN|Infinity/);
            expect(message.length).toBeLessThanOrEqual(120);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
