// Builds the Firefox replay flavour once for the run. The replay port is compiled into the build,
// so a free one is chosen here and handed to the test files; the build's folder is named by it
// (dist/e2e-<port>/firefox, as the Chromium suite does), so concurrent runs never share one.

import { execFileSync } from 'node:child_process';
import { rmdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../../scripts/lib/freePort';

declare module 'vitest' {
  export interface ProvidedContext {
    replayPort: number;
    firefoxDist: string;
  }
}

export default async function globalSetup(project: TestProject): Promise<() => void> {
  const port = process.env.CAPLENS_REPLAY_PORT ? Number(process.env.CAPLENS_REPLAY_PORT) : await freePort();
  const dist = resolve(`dist/e2e-${port}/firefox`);
  execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'firefox', '--out', dist], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CAPLENS_API_ORIGIN: `http://127.0.0.1:${port}` },
  });
  project.provide('replayPort', port);
  project.provide('firefoxDist', dist);
  return () => {
    rmSync(dist, { recursive: true, force: true });
    // The port's folder goes too unless a Chromium run with the same port left its build in it.
    try {
      rmdirSync(dirname(dist));
    } catch {
      // not empty: a Chromium run's build is still in it
    }
  };
}
