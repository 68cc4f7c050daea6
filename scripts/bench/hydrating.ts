// A hydrating React page: the React 18 article app of the framework tests (production build),
// server-rendered and hydrating 1 s after load, so that CapLens has drawn its notes before the
// framework takes the page over. Loaded on 127.0.0.1, where the content script runs, and on
// localhost, where it is not injected; each traced from navigation until the page has hydrated, has
// its notes, and has been quiet for a second.
import { startFrameworkServer } from '../../tests/shared/frameworks/server';
import { type Browser, mainFrameId, median, type Profile, profile, sleep, traced } from './harness';

export interface HydratingResult {
  runs: number;
  caplens: Profile[];
  without: Profile[];
  median: { caplens: number; without: number; caplensScript: number; longest: number; longestWithout: number };
}

const PATH = '/react18/production/?hydrate=1000';

export async function hydratingBench(
  browser: Browser,
  runs: number,
  log: (line: string) => void,
): Promise<HydratingResult> {
  const server = await startFrameworkServer();
  const caplens: Profile[] = [];
  const without: Profile[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // Interleaved, so a slow stretch of a shared machine touches both alike.
      for (const [host, into] of [
        ['127.0.0.1', caplens],
        ['localhost', without],
      ] as const) {
        const page = await browser.extension.context.newPage();
        const cdp = await browser.extension.context.newCDPSession(page);
        const { events } = await traced(cdp, async () => {
          await page.goto(`http://${host}:${server.port}${PATH}`);
          await page.waitForFunction(() => (window as { appHydrated?: boolean }).appHydrated === true);
          if (host === '127.0.0.1') {
            await page.waitForFunction(
              () => document.querySelector('caplens-layer')?.shadowRoot?.querySelectorAll('caplens-note').length === 5,
            );
          }
          await sleep(1000);
          await page.evaluate(() => performance.mark('bench:end'));
        });
        const p = profile(events, await mainFrameId(cdp), 'navigationStart', 'bench:end', '/content.js');
        into.push(p);
        log(
          `  hydrating run ${run + 1}/${runs} ${host.padEnd(9)} cpu ${p.busyMs.toFixed(1)} ms, content script ${p.scriptInUrlMs.toFixed(1)} ms, longest task ${p.longestTaskMs.toFixed(1)} ms`,
        );
        await cdp.detach();
        await page.close();
      }
    }
  } finally {
    await server.close();
  }
  return {
    runs,
    caplens,
    without,
    median: {
      caplens: median(caplens.map((p) => p.busyMs)),
      without: median(without.map((p) => p.busyMs)),
      caplensScript: median(caplens.map((p) => p.scriptInUrlMs)),
      longest: median(caplens.map((p) => p.longestTaskMs)),
      longestWithout: median(without.map((p) => p.longestTaskMs)),
    },
  };
}
