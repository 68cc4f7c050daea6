// Chain tip height from the Esplora API (mempool.space, with blockstream.info's twin as fallback).
// Shape: a plain-text integer, e.g. "925000".
import { t } from '../i18n/t';
import { ProviderError } from './errors';
import { MAX_PLAUSIBLE_HEIGHT, MIN_PLAUSIBLE_HEIGHT } from './numbers';
import type { HeightProvider } from './types';

export function parseHeight(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new ProviderError('invalid', t('errEmpty'));
  if (!/^\d{1,8}$/.test(trimmed)) throw new ProviderError('invalid', t('errNotHeight'));
  const height = Number(trimmed);
  if (height > MAX_PLAUSIBLE_HEIGHT || height < MIN_PLAUSIBLE_HEIGHT) {
    throw new ProviderError('invalid', t('errHeightRange', height));
  }
  return height;
}

const tipPath = '/api/blocks/tip/height';

export const mempool: HeightProvider = {
  id: 'mempool',
  name: 'mempool.space',
  role: 'height',
  origin: 'https://mempool.space',
  path: tipPath,
  parse: parseHeight,
};

export const blockstream: HeightProvider = {
  id: 'blockstream',
  name: 'blockstream.info',
  role: 'height',
  origin: 'https://blockstream.info',
  path: tipPath,
  parse: parseHeight,
};
