// What the detector finds in one block of text, as "amount:kind" pairs: the form every rule's test reads.
import { findMentions } from '../../../src/core/detect';

export const figures = { priceUsd: 61234.5, supplyBtc: 19953128.125 };
/** The same figures on a page about bitcoin, which settles sentences that name no subject of their own. */
export const bitcoinPage = { ...figures, pageContext: { aboutBitcoin: true } };

// Prices and caps only: amounts of bitcoin have their own tests (quantities.test.ts).
export const kinds = (text: string, options: Parameters<typeof findMentions>[1] = figures) =>
  findMentions(text, options).flatMap(({ text: amount, kind }) => (kind === 'quantity' ? [] : `${amount}:${kind}`));
