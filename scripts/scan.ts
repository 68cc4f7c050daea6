// npm run --silent scan -- FILE --price USD --supply BTC [--rate GBP=0.79]... [--currency GBP]
// Prints, one JSON object a line, what the content script would annotate in a saved page (HTML, or
// plain text read as an article: headline, then paragraphs). A rate is units of a currency per US
// dollar; a price in a currency without one gets no note, as in the browser. --currency is the
// user's, for what amounts of bitcoin are worth (it needs a rate too, or the worth is in dollars).
import './lib/i18nShim';
import { readFileSync } from 'node:fs';
import { scanPage } from '../src/content/scanPage';
import { CURRENCIES, type Currency, isCurrency, type Rates } from '../src/core/currency';
import { savedPageDocument } from './lib/savedPage';

const USAGE =
  'usage: npm run --silent scan -- FILE --price USD --supply BTC [--rate CODE=UNITS_PER_USD]... [--currency CODE]';

class UsageError extends Error {}

interface ScanArguments {
  file: string;
  priceUsd: number;
  supplyBtc: number;
  rates: Rates;
  currency: Currency;
}

const OTHER_CURRENCIES = CURRENCIES.filter((c) => c !== 'USD').join(', ');

function currencyCode(flag: string, code: string): Exclude<Currency, 'USD'> {
  const upper = code.toUpperCase();
  if (!isCurrency(upper) || upper === 'USD')
    throw new UsageError(`${flag} takes one of ${OTHER_CURRENCIES}, got "${code}"`);
  return upper;
}

function rateArgument(value: string | undefined, rates: Rates): void {
  const [code, units, extra] = (value ?? '').split('=');
  if (units === undefined || extra !== undefined)
    throw new UsageError(`--rate needs CODE=UNITS_PER_USD, got "${value ?? ''}"`);
  const currency = currencyCode('--rate', code);
  if (currency in rates) throw new UsageError(`--rate ${currency} given twice`);
  rates[currency] = positiveNumber(`--rate ${currency}`, units);
}

function positiveNumber(flag: string, value: string | undefined): number {
  if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new UsageError(`${flag} must be a positive number, got "${value}"`);
  return number;
}

export function parseArguments(args: readonly string[]): ScanArguments {
  const files: string[] = [];
  const values: Record<string, string | undefined> = {};
  const rates: Rates = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const flag = /^--(price|supply|rate|currency)(?:=(.*))?$/.exec(arg);
    if (flag?.[1] === 'rate') {
      rateArgument(flag[2] ?? args[++i], rates);
    } else if (flag) {
      if (flag[1] in values) throw new UsageError(`--${flag[1]} given twice`);
      values[flag[1]] = flag[2] ?? args[++i];
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no FILE given' : 'give exactly one FILE');
  if (!('price' in values)) throw new UsageError('--price is required');
  if (!('supply' in values)) throw new UsageError('--supply is required');
  const currency = values.currency === undefined ? 'USD' : values.currency.toUpperCase();
  if (!isCurrency(currency))
    throw new UsageError(`--currency takes one of ${CURRENCIES.join(', ')}, got "${values.currency}"`);
  return {
    file: files[0],
    priceUsd: positiveNumber('--price', values.price),
    supplyBtc: positiveNumber('--supply', values.supply),
    rates,
    currency,
  };
}

function readPage(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
}

function main(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let options: ScanArguments;
  let page: string;
  try {
    options = parseArguments(args);
    page = readPage(options.file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`scan: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const lines = scanPage(savedPageDocument(page), options).map(({ text, kind, usd, value, currency, note }) =>
    JSON.stringify(
      kind === 'quantity'
        ? { text, kind, btc: value, usd, note }
        : { text, kind, usd, ...(currency !== 'USD' && { currency }), note },
    ),
  );
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
