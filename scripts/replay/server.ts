// The loopback provider simulator: every provider of a replay build, driven by a scenario.
// Paths are /<provider>/<the provider's own path>; /__scenario swaps the scenario, /__log lists requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerFor } from './answers';
import { DEFAULT_SCENARIO, parseScenario, REPLAY_PROVIDERS, type ReplayProvider, type Scenario } from './scenario';

export interface LoggedRequest {
  at: number;
  provider: string;
  path: string;
  status: number;
}

export interface ReplayServer {
  origin: string;
  port: number;
  setScenario(scenario: unknown): void;
  /** Serves `body` at `path`, for pages the content script should see. */
  setPage(path: string, body: string, contentType?: string): void;
  log(): LoggedRequest[];
  clearLog(): void;
  close(): Promise<void>;
}

export interface ReplayOptions {
  port?: number;
  host?: string;
  scenario?: unknown;
  /** Extra routes, e.g. sample pages: path → [content type, body]. */
  pages?: Record<string, [string, string]>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': contentType,
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export async function startReplayServer(options: ReplayOptions = {}): Promise<ReplayServer> {
  let scenario: Scenario = options.scenario === undefined ? DEFAULT_SCENARIO : parseScenario(options.scenario);
  let requests: LoggedRequest[] = [];
  const pages = new Map(Object.entries(options.pages ?? {}));
  const sockets = new Set<import('node:net').Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://replay');
    if (url.pathname === '/__scenario') {
      if (req.method === 'POST') {
        try {
          scenario = parseScenario(JSON.parse(await readBody(req)));
          return send(res, 200, 'application/json', JSON.stringify(scenario));
        } catch (error) {
          return send(res, 400, 'text/plain', error instanceof Error ? error.message : String(error));
        }
      }
      return send(res, 200, 'application/json', JSON.stringify(scenario));
    }
    if (url.pathname === '/__log') {
      if (req.method === 'DELETE') requests = [];
      return send(res, 200, 'application/json', JSON.stringify(requests));
    }
    const page = pages.get(url.pathname);
    if (page) return send(res, 200, page[0], page[1]);

    const [, first = '', ...rest] = url.pathname.split('/');
    const provider = first as ReplayProvider;
    if (!REPLAY_PROVIDERS.includes(provider)) return send(res, 404, 'text/plain', 'no such provider');
    const path = `/${rest.join('/')}${url.search}`;
    const override = scenario.providers[provider] ?? {};
    const status = override.status ?? 200;
    requests.push({ at: Date.now(), provider, path, status });
    if (override.delayMs) await new Promise((resolve) => setTimeout(resolve, override.delayMs));
    if (res.destroyed) return;
    const headers: Record<string, string> =
      override.retryAfter === undefined ? {} : { 'retry-after': String(override.retryAfter) };
    if (status !== 200) return send(res, status, 'application/json', override.body ?? '{"error":"simulated"}', headers);
    const answer = answerFor(provider, path, scenario, Date.now());
    if (!answer) return send(res, 404, 'text/plain', 'no such endpoint');
    send(res, answer.status, answer.contentType, override.body ?? answer.body, headers);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, 'text/plain', String(error)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    setScenario(next) {
      scenario = parseScenario(next);
    },
    setPage(path, body, contentType = 'text/html; charset=utf-8') {
      pages.set(path, [contentType, body]);
    },
    log: () => [...requests],
    clearLog() {
      requests = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
