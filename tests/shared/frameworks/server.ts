// Serves the article apps on 127.0.0.1: /<framework>/<mode>/ is the server-rendered page, its client
// bundle beside it. Each app is rendered and bundled once, the first time it is asked for.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientBundle, FRAMEWORKS, type Framework, type Mode, serverRender } from './build';

export interface FrameworkServer {
  port: number;
  close(): Promise<void>;
}

/**
 * The page as a server sends it. Before the client runs, an inline script keeps every element the
 * server rendered: the tests check the framework kept them (a hydration that fails throws them away).
 */
function pageHtml(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bitcoin price today</title></head>
<body><div id="app">${body}</div>
<script>window.serverElements = Array.from(document.querySelectorAll('#app *'));</script>
<script src="client.js"></script>
</body></html>`;
}

export async function startFrameworkServer(): Promise<FrameworkServer> {
  const built = new Map<string, Promise<{ html: string; client: string }>>();
  const app = (framework: Framework, mode: Mode) => {
    const key = `${framework}/${mode}`;
    let found = built.get(key);
    if (!found) {
      found = Promise.all([serverRender(framework, mode), clientBundle(framework, mode)]).then(([body, client]) => ({
        html: pageHtml(body),
        client,
      }));
      built.set(key, found);
    }
    return found;
  };
  const server = createServer(async (request, response) => {
    const [, framework, mode, file] = new URL(request.url ?? '/', 'http://x').pathname.split('/');
    if (!FRAMEWORKS.includes(framework as Framework) || (mode !== 'production' && mode !== 'development')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const { html, client } = await app(framework as Framework, mode);
      const script = file === 'client.js';
      response.writeHead(script || file === '' ? 200 : 404, {
        'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(script ? client : file === '' ? html : '');
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String((error as Error).stack));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Browsers keep connections open: closed here, or close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
