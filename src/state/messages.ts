// Messages between extension pages and the background.
import type { State } from './state';

/** Run a polling round now; answered when it is done. Sent by the popup's refresh button and by tests. */
export interface RefreshMessage {
  type: 'refresh';
}

export type Message = RefreshMessage;

export type RefreshReply = { ok: true; state: State } | { ok: false; error: string };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'refresh';
}
