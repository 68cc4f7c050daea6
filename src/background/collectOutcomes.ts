// Asks the providers for one round: every price source at once, then the chain tip from the
// first height source that answers. A provider backing off is not asked at all.
import { t } from '../i18n/t';
import { ProviderError } from '../providers/errors';
import { fetchText } from '../providers/fetchText';
import { heightProviders, priceProviders, providerUrl } from '../providers/registry';
import type { Provider, ProviderId } from '../providers/types';
import type { State } from '../state/state';
import type { Outcome, RoundOutcomes } from './outcomes';

export interface RoundEnv {
  /** CAPLENS_API_ORIGIN of a replay build; null for the real providers. */
  apiOrigin: string | null;
  now: () => number;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** Providers the user switched off are not asked; absent means on. */
  enabled?: Partial<Record<ProviderId, boolean>>;
}

/** A chain can reorganise by a block or two; a tip further back than this is a bad answer. */
const MAX_REORG_DEPTH = 6;
/**
 * Blocks come every ten minutes on average; not even a surge of hash rate makes that one a minute for
 * long. A tip further ahead of the last one seen than a block a minute since then, plus this slack,
 * is a bad answer (a height ten times too large would make the supply all but 21 million).
 */
const FORWARD_SLACK_BLOCKS = 50;
const MS_PER_PLAUSIBLE_BLOCK = 60_000;

/** The height last answered by a height source, and when; null when no source answered last round. */
function lastSeenHeight(previous: State): { height: number; at: number } | null {
  let seen: { height: number; at: number } | null = null;
  for (const id of ['mempool', 'blockstream'] as const) {
    const status = previous.providers[id];
    if (status?.state === 'ok' && status.value !== null && (!seen || status.at > seen.at)) {
      seen = { height: status.value, at: status.at };
    }
  }
  return seen;
}

async function ask<T>(
  provider: Pick<Provider, 'id' | 'origin' | 'path'> & { parse(text: string): T },
  previous: State,
  env: RoundEnv,
  check?: (value: T) => void,
): Promise<Outcome<T>> {
  const waitUntil = previous.providers[provider.id]?.retryAt ?? null;
  if (waitUntil !== null && waitUntil > env.now()) return { id: provider.id, kind: 'waiting', retryAt: waitUntil };
  try {
    const text = await fetchText(providerUrl(provider, env.apiOrigin), {
      timeoutMs: env.timeoutMs,
      fetchImpl: env.fetchImpl,
      now: env.now,
    });
    const value = provider.parse(text);
    check?.(value);
    return { id: provider.id, kind: 'answer', at: env.now(), value };
  } catch (error) {
    const reason = error instanceof ProviderError ? error : new ProviderError('invalid', t('errUnreadable'));
    return { id: provider.id, kind: 'error', at: env.now(), error: reason };
  }
}

export async function collectOutcomes(previous: State, env: RoundEnv): Promise<RoundOutcomes> {
  const startedAt = env.now();
  const knownHeight = previous.quote?.height ?? null;
  const seen = lastSeenHeight(previous);
  const plausibleHeight = (height: number) => {
    if (knownHeight !== null && height < knownHeight - MAX_REORG_DEPTH) {
      throw new ProviderError('invalid', t('errHeightBack', height, knownHeight));
    }
    if (seen !== null) {
      const allowed = FORWARD_SLACK_BLOCKS + Math.ceil(Math.max(0, env.now() - seen.at) / MS_PER_PLAUSIBLE_BLOCK);
      if (height > seen.height + allowed) {
        throw new ProviderError('invalid', t('errHeightAhead', height, seen.height));
      }
    }
  };

  const on = (provider: Provider) => env.enabled?.[provider.id] !== false;
  const heightsPromise = (async () => {
    const heights: Outcome<number>[] = [];
    for (const provider of heightProviders.filter(on)) {
      if (heights.some((o) => o.kind === 'answer')) {
        heights.push({ id: provider.id, kind: 'standby' });
        continue;
      }
      heights.push(await ask(provider, previous, env, plausibleHeight));
    }
    return heights;
  })();
  const prices = await Promise.all(priceProviders.filter(on).map((provider) => ask(provider, previous, env)));
  const heights = await heightsPromise;
  return { startedAt, finishedAt: env.now(), prices, heights };
}
