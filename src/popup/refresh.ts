// Asks the background for a round now: the `refresh` message of PRODUCT.md.
import { browser } from '../pages/browser';
import type { RefreshMessage, RefreshReply } from '../state/messages';

export async function requestRefresh(): Promise<RefreshReply> {
  const message: RefreshMessage = { type: 'refresh' };
  try {
    return (await browser.runtime.sendMessage(message)) as RefreshReply;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
