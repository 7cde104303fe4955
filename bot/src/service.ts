import { SkillVocabulary, isTalentError, systemClock } from '@samen/core';
import {
  ClientCredentialsTokenSource,
  GraphEndorsementStore,
  GraphExpertiseSettingsStore,
  GraphOwnProfileWriter,
  GraphPeopleSync,
  GraphPresenceSource,
  MeProfileWriter,
  OnBehalfOfTokenSource,
  TokenRequestFailed,
  createGraphClient,
  isPresenceUnavailable,
  type GraphRequestObserver,
} from '@samen/graph';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwksTokenValidator } from './auth/caller';
import type { ServiceConfig } from './config';
import { createApp, type ApiDeps } from './http/app';
import { Problems } from './http/problems';
import { mountTalentApi } from './talent/talent-api';
import { TALENT_PROBLEMS } from './talent/talent-problems';
import { TalentRuntime } from './talent/talent-runtime';

export interface ServiceOptions {
  /** Sees every app-only Graph request the service sends: round trips per user action are counted with it. */
  onGraphRequest?: GraphRequestObserver;
}

export interface RunningService {
  url: string;
  runtime: TalentRuntime;
  close(): Promise<void>;
}

const bearerOf = (authorization: string) => /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? '';

/** The composition root: production and local differ only in `config` (Entra ID and Graph, or the dev tenant). */
function talentRuntime(config: ServiceConfig, log: ApiDeps['log'], options: ServiceOptions): TalentRuntime {
  if (!config.hubSiteId) throw new Error('The hub site is not configured: set SAMEN_HUB_SITE_ID.');
  const { tokenEndpoint, clientId, clientSecret, graphBaseUrl } = config;
  const client = createGraphClient({
    graphBaseUrl,
    tokens: new ClientCredentialsTokenSource({ tokenEndpoint, clientId, clientSecret }),
    ...(options.onGraphRequest ? { onRequest: options.onGraphRequest } : {}),
  });
  const settings = new GraphExpertiseSettingsStore(client, { siteId: config.hubSiteId });
  const ownWriterFor = (authorization: string) => {
    const tokens = new OnBehalfOfTokenSource({
      tokenEndpoint,
      clientId,
      clientSecret,
      userAssertion: bearerOf(authorization),
    });
    return new GraphOwnProfileWriter(new MeProfileWriter(tokens, graphBaseUrl), settings);
  };
  return new TalentRuntime({
    people: new GraphPeopleSync(client),
    presence: new GraphPresenceSource(client),
    endorsements: new GraphEndorsementStore(client, { siteId: config.hubSiteId }),
    settings,
    ownWriterFor,
    vocabulary: new SkillVocabulary(),
    clock: systemClock,
    log,
  });
}

function codeOf(error: unknown): string | undefined {
  if (isTalentError(error)) return error.code;
  if (isPresenceUnavailable(error)) return 'unavailable';
  // The on-behalf-of exchange refused the caller's token (expired, consent or MFA needed): sign in again.
  if (error instanceof TokenRequestFailed && error.status < 500) return 'unauthenticated';
  return undefined;
}

/** Builds the index from Graph, then serves the API; a delta round runs every `syncIntervalMs`. */
export async function startService(
  config: ServiceConfig,
  host: string,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const log = (message: string, error?: unknown) => console.error(`samen service: ${message}`, error ?? '');
  const runtime = talentRuntime(config, log, options);
  await runtime.start();
  const timer = setInterval(
    () => void runtime.refresh().catch((error: unknown) => log('delta sync failed', error)),
    config.syncIntervalMs,
  );
  timer.unref();
  const validator = jwksTokenValidator({
    issuer: config.issuer,
    jwksUri: config.jwksUri,
    audience: config.audience,
  });
  const deps: ApiDeps = { validator, problems: new Problems(TALENT_PROBLEMS), codeOf, log };
  const app = createApp(deps, (express) => mountTalentApi(express, deps, runtime));
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.port, host, () => resolve(listening));
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    clearInterval(timer);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, runtime, close };
}
