// npm run --silent scan -- FILE --price USD --supply BTC
// Prints, one JSON object a line, what the content script would annotate in a saved page (HTML, or
// plain text read as an article: headline, then paragraphs).
import './lib/i18nShim';
import { readFileSync } from 'node:fs';
import { scanPage } from '../src/content/scanPage';
import { savedPageDocument } from './lib/savedPage';

const USAGE = 'usage: npm run --silent scan -- FILE --price USD --supply BTC';

class UsageError extends Error {}

interface ScanArguments {
  file: string;
  priceUsd: number;
  supplyBtc: number;
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
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const flag = /^--(price|supply)(?:=(.*))?$/.exec(arg);
    if (flag) {
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
  return {
    file: files[0],
    priceUsd: positiveNumber('--price', values.price),
    supplyBtc: positiveNumber('--supply', values.supply),
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
  const lines = scanPage(savedPageDocument(page), options).map(({ text, kind, usd, note }) =>
    JSON.stringify({ text, kind, usd, note }),
  );
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
