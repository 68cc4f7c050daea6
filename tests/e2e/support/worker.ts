// Helpers for driving the background as faults do: its clock, its stored state, and stopping its
// service worker through the DevTools protocol as Chrome does when it idles one out.
import type { Page } from '@playwright/test';
import type { State } from '../../../src/state/state';
import type { Extension } from './fixtures';

/**
 * Moves the service worker's clock forward, as if `ms` had passed: backoff and Retry-After are
 * judged by it. Lasts until the worker stops (a reinstall starts a new one); the browser's own clock
 * (alarms, pages) is untouched.
 */
export async function advanceWorkerClock(extension: Extension, ms: number): Promise<void> {
  await extension.worker.evaluate((by) => {
    const scope = self as unknown as { realNow?: () => number; clockOffset?: number };
    scope.realNow ??= Date.now.bind(Date);
    scope.clockOffset = (scope.clockOffset ?? 0) + by;
    const realNow = scope.realNow;
    Date.now = () => realNow() + (scope.clockOffset ?? 0);
  }, ms);
}

export async function storedState(extension: Extension): Promise<State> {
  return (await extension.worker.evaluate(
    async () => (await chrome.storage.local.get('caplens.state'))['caplens.state'],
  )) as State;
}

/**
 * Stops the extension's service worker mid-whatever (ServiceWorker.stopAllWorkers, from an extension
 * page's DevTools session), as Chrome does to an idle or runaway worker. An event, e.g. a message
 * from an extension page, starts it again; until then do not evaluate in it.
 */
export async function stopServiceWorker(extension: Extension, page: Page): Promise<void> {
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const stopped = async () =>
    !(await cdp.send('Target.getTargets')).targetInfos.some(
      (target) => target.type === 'service_worker' && target.url.includes(extension.id),
    );
  for (let i = 0; i < 50 && !(await stopped()); i++) await page.waitForTimeout(100);
  await cdp.detach();
}

/** Sends a refresh from an extension page without waiting for its answer. */
export function startRefresh(page: Page): Promise<unknown> {
  return page
    .evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))
    .then(
      (reply) => reply,
      (error: Error) => ({ ok: false, error: String(error.message) }),
    );
}
