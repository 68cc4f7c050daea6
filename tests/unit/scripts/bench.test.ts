// `npm run bench` is a documented command nothing else runs: this keeps it from breaking unseen. One
// section, one run: it launches Chromium with the replay build, which is where the bench breaks when
// the end-to-end support it shares changes. It checks the table is printed, never a timing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');

// A guard against a hang, not a limit on speed: about 10 s when quiet.
it('npm run bench prints its table', { timeout: 300_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'caplens-bench-test-'));
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench/index.ts', '--runs', '1', '--only', 'popup', '--out', out],
        { cwd: repo },
        (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
      ),
  );
  expect(stderr).not.toMatch(/Error/);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^CapLens benchmark, .* medians of 1 run$/m);
  expect(stdout).toMatch(
    /opening to first painted figure \(from stored state\) +\d+(\.\d)? ms +\d+(\.\d)? ms empty Preact page/,
  );
  expect(readFileSync(join(out, 'bench.txt'), 'utf8')).toBe(`${stdout.trimEnd()}\n`);
});
