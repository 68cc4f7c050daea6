// Pages list the providers by name without loading their parsers: the names must be the providers' own.
import { expect, it } from 'vitest';
import { allProviders } from '../../../src/providers/registry';
import { PROVIDER_IDS, PROVIDER_NAMES } from '../../../src/state/providerIds';

it('names every provider as its module does, in the order they are asked', () => {
  expect(allProviders.map((p) => [p.id, p.name])).toEqual(PROVIDER_IDS.map((id) => [id, PROVIDER_NAMES[id]]));
});
