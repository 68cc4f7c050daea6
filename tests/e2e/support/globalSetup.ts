// Builds the replay flavour of the extension for the run, once per worker. The replay server's port
// is fixed at build time (the providers' origin is compiled in), so each worker gets a free port of
// its own, handed to the workers through the environment (see paths.ts).

import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import type { FullConfig } from '@playwright/test';
import { freePort } from '../../../scripts/lib/freePort';
import { e2eDist, QUICK_PROVIDER_TIMEOUT_MS } from './paths';

const run = promisify(execFile);

export default async function globalSetup(config: FullConfig): Promise<void> {
  mkdirSync('dist', { recursive: true });
  const ports: number[] = [];
  // CAPLENS_REPLAY_PORT, when set, is the first worker's port.
  if (process.env.CAPLENS_REPLAY_PORT) ports.push(Number(process.env.CAPLENS_REPLAY_PORT));
  while (ports.length < config.workers) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  process.env.CAPLENS_REPLAY_PORTS = ports.join(',');
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
  const build = (port: number, out: string, env: Record<string, string> = {}) =>
    run(process.execPath, ['scripts/build.mjs', '--target', 'chrome', '--out', out], {
      env: { ...process.env, CAPLENS_API_ORIGIN: `http://127.0.0.1:${port}`, ...env },
    });
  await Promise.all(
    ports.flatMap((port) => [
      build(port, e2eDist(port).chrome),
      // Tests of a stalling provider need not wait out the shipped 8 s deadline.
      build(port, e2eDist(port).chromeQuickTimeout, {
        CAPLENS_PROVIDER_TIMEOUT_MS: String(QUICK_PROVIDER_TIMEOUT_MS),
      }),
    ]),
  );
}
