// Currency signs, codes and words as news writes them, what a bare "$" means on a page, and an
// amount's value in US dollars at the rates the background fetched.
import type { Currency, Rates } from '../currency';

// Each currency's signs, codes and words, in the order of NAMED_ORDER; "$" and "dollars" alone are missing
// on purpose: they are the page's own dollar. A code before a sign ("AUD $87K") names it.
const NAMED =
  /^(?:(US ?\$|\$US|USD|US DOLLARS|U\.S\.)|(£|GBP)|(€|EUR|EUROS)|(¥|JPY|YEN)|(AU?\$|AUD)|(CA?\$|CAD)|(CHF|FRANCS|FR\.))/i;
const NAMED_ORDER: Currency[] = ['USD', 'GBP', 'EUR', 'JPY', 'AUD', 'CAD', 'CHF'];

/** The currency a sign, code or word names; a bare "$" or "dollars" is `dollar`, the page's own. */
export function currencyOf(sign: string, dollar: Currency | null): Currency | null {
  const named = NAMED.exec(sign.trim());
  return named ? NAMED_ORDER[named.findIndex((group, i) => i > 0 && group) - 1] : dollar;
}

/**
 * Units of `currency` per US dollar, or undefined when no rate is known: an amount in that currency
 * then gets no note, since its size cannot be judged.
 */
export const rateOf = (currency: Currency | null, rates: Rates | undefined): number | undefined =>
  currency === 'USD' ? 1 : currency ? rates?.[currency] : undefined;

// A page that marks American amounts "US$" or "USD" and names another dollar writes its own dollar
// bare (Australian and Canadian house style). One that names the other dollar without ever marking
// the American one writes "A$1.2 billion ($800 million)": its bare "$" stays American.
const OTHER_DOLLAR = /\b(?:(?:AU?|CA?|NZ)\$|(?:AUD|CAD|NZD)\b|(?:Australian|Canadian|New Zealand) dollar)/;

/**
 * What a bare "$" means on a page, from its host name and the words of its opening: null for the New Zealand,
 * Singapore and Hong Kong dollars, which CapLens has no rate for, so that their amounts get no note at all.
 */
export function pageDollar(host: string, summary: string): Currency | null {
  const named = (/\.(?:au|ca|nz|sg|hk)$/.exec(host) ??
    (/US\$|\bUSD\b/.test(summary) ? OTHER_DOLLAR.exec(summary) : null))?.[0];
  return !named ? 'USD' : /^\.?a/i.test(named) ? 'AUD' : /^\.?c/i.test(named) ? 'CAD' : null;
}
