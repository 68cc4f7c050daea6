import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const fixture = join(here, 'fixtures/article.html');

/** The command as a user runs it; tsx as a loader of this same Node (npx's start-up was a third of each run). */
function scan(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/scan.ts', ...args],
      { cwd: repo },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

// Each test starts its own process: they run side by side, beside both browser suites. Ten at once took
// 227 s on a 2-core machine at load 25 (a few seconds when quiet): the guard against a hang is longer
// than the unit tests' default.
describe.concurrent('scan command', { timeout: 300_000 }, () => {
  it('prints one JSON line per note the content script would add', async () => {
    const { code, stdout, stderr } = await scan(fixture, '--price', '61234.5', '--supply', '19953128.125');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { text: '$55,000', kind: 'price', usd: 55_000, note: '≈ $1.10T cap' },
      { text: '$55,300', kind: 'price', usd: 55_300, note: '≈ $1.10T cap' },
      { text: '$1.1 trillion', kind: 'cap', usd: 1.1e12, note: '≈ $55.1k/BTC' },
      { text: '$56,100', kind: 'price', usd: 56_100, note: '≈ $1.12T cap' },
    ]);
  });

  it('reads a page saved as plain text as an article: headline, then paragraphs', async () => {
    const { code, stdout, stderr } = await scan(
      join(here, 'fixtures/article.txt'),
      '--price',
      '61234.5',
      '--supply',
      '19953128',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).text),
    ).toEqual(['$1.2 trillion', '$61,400', '$1.2 trillion', '$65,000']);
  });

  it('prints amounts of bitcoin and prices in other currencies given their rates', async () => {
    const page = join(mkdtempSync(join(tmpdir(), 'caplens-scan-')), 'fx.txt');
    writeFileSync(
      page,
      'Strategy adds bitcoin\n\nStrategy now holds 252,220 BTC. In London bitcoin traded at £48,500, and in Tokyo at ¥9.2 million.\n',
    );
    const lines = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
    const figures = ['--price', '61234.5', '--supply', '19953128.125'];
    const { code, stdout, stderr } = await scan(page, ...figures, '--rate', 'GBP=0.79', '--rate=jpy=155');
    expect([code, stderr]).toEqual([0, '']);
    expect(lines(stdout)).toEqual([
      {
        text: '252,220 BTC',
        kind: 'quantity',
        btc: 252_220,
        usd: 15_444_565_590,
        note: '≈ $15.4B · 1.26% of supply',
      },
      { text: '£48,500', kind: 'price', usd: 61_392.4050633, currency: 'GBP', note: '≈ £968B cap' },
      { text: '¥9.2 million', kind: 'price', usd: 59_354.8387097, currency: 'JPY', note: '≈ ¥184T cap' },
    ]);
    // Without a rate a foreign price gets no note; the user's currency prices the amount of bitcoin.
    const inPounds = await scan(page, ...figures, '--rate', 'GBP=0.79', '--currency', 'GBP');
    expect(lines(inPounds.stdout).map((n) => n.note)).toEqual(['≈ £12.2B · 1.26% of supply', '≈ £968B cap']);
  });

  it.each(['GBP', 'XYZ=1', 'GBP=-1'])('refuses a rate it cannot use: %s', async (bad) => {
    const { code, stderr } = await scan(fixture, '--price', '61234.5', '--supply', '19953128', '--rate', bad);
    expect(code, bad).toBe(2);
    expect(stderr, bad).toMatch(/^scan: --rate/);
  });

  it('prints nothing for an empty page', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'caplens-scan-')), 'empty.html');
    writeFileSync(empty, '');
    expect(await scan(empty, '--price', '61234.5', '--supply', '19953128')).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('accepts --flag=value and uses the figures it is given', async () => {
    // A supply far from today's shows in every note: $55,000 × 24M BTC, $1.1 trillion ÷ 24M BTC.
    const { code, stdout } = await scan(fixture, '--price=100000', '--supply=24000000');
    expect(code).toBe(0);
    const notes = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(notes[0]).toEqual({ text: '$55,000', kind: 'price', usd: 55_000, note: '≈ $1.32T cap' });
    expect(notes.find((note) => note.kind === 'cap')).toMatchObject({ usd: 1.1e12, note: '≈ $45.8k/BTC' });
  });

  it.each([
    ['a fragment', '<p>Bitcoin traded at $55,300 on Tuesday.</p>'],
    [
      'a page without the optional <body> tag',
      '<!doctype html><title>Bitcoin today</title><h1>Bitcoin today</h1><p>Bitcoin traded at $55,300 on Tuesday.</p>',
    ],
  ])('reads %s as a browser would', async (_, html) => {
    const page = join(mkdtempSync(join(tmpdir(), 'caplens-scan-')), 'page.html');
    writeFileSync(page, html);
    const { code, stdout, stderr } = await scan(page, '--price', '61234.5', '--supply', '19953128');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({ text: '$55,300', kind: 'price', usd: 55_300, note: '≈ $1.10T cap' });
  });

  it.each([
    [[]],
    [[fixture]],
    [[fixture, '--price', '61234.5']],
    [[fixture, '--price', 'abc', '--supply', '19953128']],
    [[fixture, '--price', '-5', '--supply', '19953128']],
    [[fixture, '--price', '61234.5', '--supply']],
    [[fixture, '--price', '61234.5', '--supply', '19953128', '--verbose']],
    [[fixture, fixture, '--price', '61234.5', '--supply', '19953128']],
    [[join(here, 'fixtures/missing.html'), '--price', '61234.5', '--supply', '19953128']],
  ])('exits 2 with a message, not a stack trace, for %j', async (args) => {
    const { code, stdout, stderr } = await scan(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^scan: .+\nusage: /);
    expect(stderr).not.toMatch(/\s+at /);
  });
});
