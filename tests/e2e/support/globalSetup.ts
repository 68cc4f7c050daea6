// Builds the replay flavour of the extension once for the whole run. The replay server's port is
// fixed at build time (the providers' origin is compiled in), so a free port is chosen here and
// handed to the test workers through the environment.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { freePort } from '../../../scripts/lib/freePort';
import { E2E_DIST, QUICK_PROVIDER_TIMEOUT_MS } from './paths';

export default async function globalSetup(): Promise<void> {
  mkdirSync('dist', { recursive: true });
  const port = process.env.CAPLENS_REPLAY_PORT ? Number(process.env.CAPLENS_REPLAY_PORT) : await freePort();
  process.env.CAPLENS_REPLAY_PORT = String(port);
  // Builds of earlier runs are left behind by design (a run may still use its own): clear old ones.
  for (const entry of readdirSync('dist', { withFileTypes: true })) {
    if (
      entry.isDirectory() &&
      /^e2e-\d+$/.test(entry.name) &&
      statSync(`dist/${entry.name}`).mtimeMs < Date.now() - 3_600_000
    ) {
      rmSync(`dist/${entry.name}`, { recursive: true, force: true });
    }
  }
  const build = (out: string, env: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'chrome', '--out', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CAPLENS_API_ORIGIN: `http://127.0.0.1:${port}`, ...env },
    });
  build(E2E_DIST.chrome);
  // Tests of a stalling provider need not wait out the shipped 8 s deadline.
  build(E2E_DIST.chromeQuickTimeout, { CAPLENS_PROVIDER_TIMEOUT_MS: String(QUICK_PROVIDER_TIMEOUT_MS) });
}
