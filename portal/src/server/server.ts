import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { BotChannel } from './bot-channel';
import { UnknownUser, type PortalUser, type IssuedToken } from './directory';
import { sendJson } from './http-util';

/** Who the page can be viewed as, and sign-in as one of them: the dev tenant's people (DevDirectory). */
export interface Directory {
  listUsers(): Promise<PortalUser[]>;
  tokenFor(userId: string): Promise<IssuedToken>;
}

export interface PortalOptions {
  /** The built page (Vite's output). */
  pageDir: string;
  /** The built Teams tab (teams-app/dist/talentfinder), served under TEAMS_TAB_PATH as the service serves it. */
  teamsTabDir?: string;
  /** The Samen service, e.g. `http://127.0.0.1:3978`: `/api/*` is passed to it, so page and API share an origin. */
  serviceUrl: string;
  directory: Directory;
  port: number;
}

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Passes one request to the service unchanged (method, path, headers, body) and streams the answer back. */
function proxy(req: IncomingMessage, res: ServerResponse, serviceUrl: string): void {
  const target = new URL(req.url ?? '/', serviceUrl);
  const upstream = request(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent)
      sendJson(res, 503, { code: 'unavailable', message: 'The Samen service cannot be reached.' });
    else res.destroy();
  });
  req.pipe(upstream);
}

async function serveFile(res: ServerResponse, pageDir: string, pathname: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return sendJson(res, 400, { code: 'invalidRequest' });
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(pageDir, relative);
  if (!file.startsWith(pageDir + sep) && file !== pageDir) return sendJson(res, 404, { code: 'notFound' });
  const info = await stat(file).catch(() => undefined);
  // Any other path is the page itself (one page, like a site page URL).
  if (!info?.isFile()) file = join(pageDir, 'index.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function portalApi(res: ServerResponse, url: URL, directory: Directory): Promise<void> {
  if (url.pathname === '/portal/users') return sendJson(res, 200, { value: await directory.listUsers() });
  if (url.pathname === '/portal/token') {
    const as = url.searchParams.get('as') ?? '';
    try {
      return sendJson(res, 200, await directory.tokenFor(as));
    } catch (error) {
      if (error instanceof UnknownUser)
        return sendJson(res, 404, { code: 'notFound', message: `No seeded user '${as}'.` });
      throw error;
    }
  }
  sendJson(res, 404, { code: 'notFound' });
}

/** The Teams-like frame (app bar, chat with the bot, the personal tab): a second page of the same build. */
export const TEAMS_FRAME_PATH = '/teams/';
const TEAMS_FRAME_PATHS = new Set(['/teams', TEAMS_FRAME_PATH]);
const TEAMS_FRAME_PAGE = '/teams.html';

/** Where the Teams app's Talentfinder tab is served (its manifest's contentUrl path). */
export const TEAMS_TAB_PATH = '/teams/talentfinder/';

/** The tab's files under TEAMS_TAB_PATH; without the trailing slash, redirected (its assets are relative). */
function serveTeamsTab(res: ServerResponse, url: URL, tabDir: string): Promise<void> {
  if (url.pathname === TEAMS_TAB_PATH.slice(0, -1)) {
    res.writeHead(308, { Location: `${TEAMS_TAB_PATH}${url.search}` });
    res.end();
    return Promise.resolve();
  }
  return serveFile(res, tabDir, url.pathname.slice(TEAMS_TAB_PATH.length));
}

/**
 * The local portal: the page, the Teams-like frame, the dev sign-in (`/portal/*`), the service behind `/api/*`,
 * and the bot's channel (`/portal/chat/*` for the frame, `/v3/*` for the bot). Loopback only.
 */
export function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const pageDir = normalize(options.pageDir);
  const teamsTabDir = options.teamsTabDir && normalize(options.teamsTabDir);
  const channel = new BotChannel({
    serviceUrl: options.serviceUrl,
    users: () => options.directory.listUsers(),
  });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://portal.invalid');
    const handle = async () => {
      if (url.pathname.startsWith('/api/')) return proxy(req, res, options.serviceUrl);
      const chat = channel.route(req, res, url);
      if (chat) return chat;
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { code: 'methodNotAllowed' });
      if (url.pathname.startsWith('/portal/')) return portalApi(res, url, options.directory);
      if (TEAMS_FRAME_PATHS.has(url.pathname)) return serveFile(res, pageDir, TEAMS_FRAME_PAGE);
      if (teamsTabDir && `${url.pathname}/`.startsWith(TEAMS_TAB_PATH))
        return serveTeamsTab(res, url, teamsTabDir);
      return serveFile(res, pageDir, url.pathname);
    };
    handle().catch((error: unknown) => {
      console.error(`portal: ${req.method} ${url.pathname}:`, error);
      if (!res.headersSent) sendJson(res, 502, { code: 'devTenantFailed', message: String(error) });
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      channel.listeningAt(`http://127.0.0.1:${port}`);
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Browsers keep connections open; without this, close waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
