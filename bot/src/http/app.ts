import express, { type NextFunction, type Request, type Response } from 'express';
import { negotiateLocale, type Locale } from '@samen/core/contract';
import { z } from 'zod';
import { Unauthenticated, type Actor, type TokenValidator } from '../auth/caller';
import { ProblemError, Problems } from './problems';

/** What a handler gets: the validated caller and the language to answer people in. */
export interface CallContext {
  actor: Actor;
  locale: Locale;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export type ApiHandler = (req: Request, call: CallContext) => Promise<Reply>;

export interface ApiDeps {
  validator: TokenValidator;
  problems: Problems;
  /** Maps an error a feature threw (e.g. a domain error) to a problem code, or undefined if it is not its own. */
  codeOf: (error: unknown) => string | undefined;
  log: (message: string, error: unknown) => void;
  /** Words a problem more precisely than its code's text ("The title is required."), when a feature can. */
  wordingOf?: (error: unknown, locale: Locale) => string | undefined;
}

function codeFor(error: unknown, deps: ApiDeps): string {
  if (error instanceof Unauthenticated) return 'unauthenticated';
  if (error instanceof ProblemError) return error.code;
  // $ZodError, not ZodError: the contract's schemas are zod/mini's, whose errors are not classic ZodErrors.
  if (error instanceof z.core.$ZodError) return 'invalidRequest';
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') return 'invalidRequest';
  if (type === 'entity.too.large') return 'payloadTooLarge';
  return deps.codeOf(error) ?? 'internal';
}

function sendProblem(res: Response, req: Request, error: unknown, deps: ApiDeps): void {
  const code = codeFor(error, deps);
  if (code === 'internal') deps.log(`${req.method} ${req.path} failed`, error);
  const locale = negotiateLocale(req.get('accept-language'));
  const body = deps.problems.of(code, locale);
  const precise = body.code === code ? deps.wordingOf?.(error, locale) : undefined;
  res.status(body.status).json(precise === undefined ? body : { ...body, message: precise });
}

/** Wraps a handler: the caller comes from the bearer token, every failure becomes a localised problem. */
export function authenticated(deps: ApiDeps, handler: ApiHandler) {
  return async (req: Request, res: Response) => {
    try {
      const actor = await deps.validator.actorFrom(req.get('authorization'));
      const reply = await handler(req, { actor, locale: negotiateLocale(req.get('accept-language')) });
      if (reply.body === undefined) res.status(reply.status).end();
      else res.status(reply.status).json(reply.body);
    } catch (error) {
      sendProblem(res, req, error, deps);
    }
  };
}

/**
 * The HTTP application: JSON bodies of at most 256 kB (a long blog's sanitised HTML is up to 60,000 characters, a
 * few bytes each), feature routers under /api, problems for the rest.
 */
export function createApp(deps: ApiDeps, mount: (app: express.Express) => void): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '256kb' }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  mount(app);
  app.use((req, res) => sendProblem(res, req, new ProblemError('notFound'), deps));
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) =>
    sendProblem(res, req, error, deps),
  );
  return app;
}
