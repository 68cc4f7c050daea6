// Why the figures are not fresh, as codes in the state and as words on screen.
import { t } from '../i18n/t';

/** Why a round produced no quote. */
export type RoundError = 'no-price' | 'disagree' | 'jump' | 'no-height';

const WORDS = {
  'no-price': 'reasonNoPrice',
  disagree: 'reasonDisagree',
  jump: 'reasonJump',
  'no-height': 'reasonNoHeight',
  old: 'reasonOld',
} as const;

/** The reason in words; a reason this version does not know is shown as it was stored. */
export function reasonText(reason: string): string {
  return reason in WORDS ? t(WORDS[reason as keyof typeof WORDS]) : reason;
}
