// The options form's draft: settings as the form edits them (ladders as text), and back.
import { ladderText, parseLadderText } from '../core/milestones/ladderText';
import type { Settings, SettingsErrors } from '../state/settings';

export interface Draft {
  currency: Settings['currency'];
  pollMinutes: string;
  badge: Settings['badge'];
  notify: Settings['notify'];
  capLadder: string;
  priceLadder: string;
  providers: Settings['providers'];
  sites: [string, boolean][];
  paused: boolean;
}

export function draftOf(settings: Settings): Draft {
  return {
    currency: settings.currency,
    pollMinutes: String(settings.pollMinutes),
    badge: { ...settings.badge },
    notify: { ...settings.notify },
    capLadder: ladderText(settings.ladders.cap),
    priceLadder: ladderText(settings.ladders.price),
    providers: { ...settings.providers },
    sites: Object.entries(settings.sites),
    paused: settings.paused,
  };
}

/** The candidate to validate, and the errors only the form can see (text that does not parse). */
export function candidateOf(draft: Draft): { candidate: unknown; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const cap = parseLadderText(draft.capLadder);
  const price = parseLadderText(draft.priceLadder);
  if (!cap.ok) errors['ladders.cap'] = cap.error;
  if (!price.ok) errors['ladders.price'] = price.error;
  const poll = draft.pollMinutes.trim();
  return {
    candidate: {
      version: 2,
      currency: draft.currency,
      pollMinutes: /^\d+$/.test(poll) ? Number(poll) : Number.NaN,
      badge: draft.badge,
      notify: draft.notify,
      ladders: { cap: cap.ok ? cap.ladder : null, price: price.ok ? price.ladder : null },
      providers: draft.providers,
      sites: Object.fromEntries(draft.sites.map(([host, on]) => [host.trim().toLowerCase(), on])),
      paused: draft.paused,
    },
    errors,
  };
}
