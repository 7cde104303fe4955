import {
  OwnWordsExpertiseIndex,
  SharedPresenceSource,
  SkillVocabulary,
  TalentProjection,
  isTalentError,
  systemClock,
  type Clock,
  type NoticeSender,
} from '@samen/core';
import {
  GraphEndorsementStore,
  GraphExpertiseSettingsStore,
  GraphNoticeStore,
  GraphOwnProfileWriter,
  GraphPeopleSync,
  GraphPresenceSource,
  isGraphBusy,
  isPresenceUnavailable,
  requireLists,
  samenLists,
  type GraphRequestObserver,
} from '@samen/graph';
import {
  ClientCredentialsTokenSource,
  MeProfileWriter,
  OnBehalfOfTokenSource,
  TokenRequestFailed,
  createGraphClient,
} from '@samen/graph/node';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { jwksTokenValidator } from './auth/caller';
import { ExpertConversation } from './conversation/conversation';
import { ConfigError, type ServiceConfig } from './config';
import { createApp, type ApiDeps } from './http/app';
import { Problems } from './http/problems';
import { mountTalentApi } from './talent/talent-api';
import { TALENT_PROBLEMS } from './talent/talent-problems';
import { TalentRuntime } from './talent/talent-runtime';
import { mountTeamsTab } from './tab/teams-tab';
import { NoticePoller } from './notices/notice-poller';
import { mountFeedApi } from './feed/feed-api';
import { feedRuntime } from './feed/feed-composition';
import { FEED_PROBLEMS, feedCodeOf, feedWordingOf } from './feed/feed-problems';
import type { FeedRuntime } from './feed/feed-runtime';
import { mountBotEndpoint, type BotEdge } from './teams/bot-endpoint';

export interface ServiceOptions {
  /** Sees every app-only Graph request the service sends: round trips per user action are counted with it. */
  onGraphRequest?: GraphRequestObserver;
  /** Where the service reports what an operator should know; standard error by default. */
  log?: ApiDeps['log'];
  /** Time as the service sees it (endorsement times, when unread profiles are due); the system clock by default. */
  clock?: Clock;
  /** The built Teams tab (teams-app/dist/talentfinder), served at /teams/talentfinder/ when given. */
  teamsTabDir?: string;
}

export interface RunningService {
  url: string;
  runtime: TalentRuntime;
  /** The feed's read model and projection; tests run a round with `feed.projection.round()`. */
  feed: FeedRuntime;
  /** Polls pending notices every `presencePollMs`; tests run a round with `round()`. */
  notices: NoticePoller;
  close(): Promise<void>;
}

type Client = ReturnType<typeof createGraphClient>;

const bearerOf = (authorization: string) => /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? '';

/** The service's own Graph client: app-only, every request shown to `onGraphRequest`. */
function serviceClient(config: ServiceConfig, options: ServiceOptions): Client {
  const { tokenEndpoint, clientId, clientSecret, graphBaseUrl } = config;
  return createGraphClient({
    graphBaseUrl,
    tokens: new ClientCredentialsTokenSource({ tokenEndpoint, clientId, clientSecret }),
    ...(options.onGraphRequest ? { onRequest: options.onGraphRequest } : {}),
  });
}

/** The composition root: production and local differ only in `config` (Entra ID and Graph, or the dev tenant). */
function talentRuntime(
  config: ServiceConfig,
  client: Client,
  siteId: string,
  deps: { log: ApiDeps['log']; clock: Clock },
): TalentRuntime {
  const { tokenEndpoint, clientId, clientSecret, graphBaseUrl } = config;
  const settings = new GraphExpertiseSettingsStore(client, { siteId });
  const ownWriterFor = (authorization: string) => {
    const tokens = new OnBehalfOfTokenSource({
      tokenEndpoint,
      clientId,
      clientSecret,
      userAssertion: bearerOf(authorization),
    });
    return new GraphOwnProfileWriter(new MeProfileWriter(tokens, graphBaseUrl), settings);
  };
  const vocabulary = new SkillVocabulary();
  const index = new OwnWordsExpertiseIndex({ clock: deps.clock, vocabulary });
  const endorsements = new GraphEndorsementStore(client, { siteId });
  const directory = new GraphPeopleSync(client, { log: (message) => deps.log(message, undefined) });
  const profileSweep =
    config.profileSweepMs > 0
      ? { everyMs: config.profileSweepMs, roundMs: config.syncIntervalMs }
      : undefined;
  const projection = new TalentProjection({
    directory,
    endorsements,
    settings,
    index,
    ...deps,
    ...(profileSweep ? { profileSweep } : {}),
  });
  // Answers asked at once share a presence request (still sent after they asked): one call per answer at most.
  const presence = new SharedPresenceSource(new GraphPresenceSource(client));
  return new TalentRuntime({ projection, index, presence, endorsements, ownWriterFor, vocabulary, ...deps });
}

function codeOf(error: unknown): string | undefined {
  if (isTalentError(error)) return error.code;
  if (isPresenceUnavailable(error)) return 'unavailable';
  // A list read or write Graph kept throttling after the client's retries: 503 "busy, try again", not a 500.
  if (isGraphBusy(error)) return 'unavailable';
  // The on-behalf-of exchange refused the caller's token (expired, consent or MFA needed): sign in again.
  if (error instanceof TokenRequestFailed && error.status < 500) return 'unauthenticated';
  return undefined;
}

// A reference people can quote to support; short enough to read out, unique enough to find in the logs.
const newReference = () => randomUUID().slice(0, 8).toUpperCase();

function botDeps(
  config: ServiceConfig,
  runtime: TalentRuntime,
  notices: { store: GraphNoticeStore; clock: Clock },
  log: ApiDeps['log'],
) {
  const conversation = new ExpertConversation({
    index: runtime.index,
    presence: runtime.presence,
    personOf: (userId) => runtime.directory.get(userId),
    notices,
    newReference,
    log,
  });
  return { conversation, newReference, log, ...(config.bot ? { credentials: config.bot } : {}) };
}

function noticePoller(
  config: ServiceConfig,
  runtime: TalentRuntime,
  notices: { store: GraphNoticeStore; clock: Clock; sender: NoticeSender },
  log: ApiDeps['log'],
): NoticePoller {
  return new NoticePoller({
    ...notices,
    presence: runtime.presence,
    // Signs this instance's claims: another instance leaves them alone until their lease runs out.
    claimant: randomUUID(),
    intervalMs: config.presencePollMs,
    log,
  });
}

/**
 * Builds the index from Graph, then serves the API; a delta round runs every `syncIntervalMs`, a round of
 * pending notices every `presencePollMs`.
 */
export async function startService(
  config: ServiceConfig,
  host: string,
  options: ServiceOptions = {},
): Promise<RunningService> {
  if (!config.hubSiteId) throw new ConfigError('The hub site is not configured: set SAMEN_HUB_SITE_ID.');
  const log =
    options.log ??
    ((message: string, error?: unknown) => console.error(`samen service: ${message}`, error ?? ''));
  const client = serviceClient(config, options);
  // Before anything else reads them: a missing list is a setup step, said in one line, not a stack trace.
  await requireLists(client, config.hubSiteId, samenLists);
  const clock = options.clock ?? systemClock;
  const runtime = talentRuntime(config, client, config.hubSiteId, { log, clock });
  const notices = { store: new GraphNoticeStore(client, { siteId: config.hubSiteId }), clock };
  const feed = feedRuntime({
    client,
    hubSiteId: config.hubSiteId,
    moderatorsGroupId: config.moderatorsGroupId,
    talent: runtime,
    clock,
    log,
  });
  await runtime.start();
  await feed.projection.round();
  const timer = setInterval(() => {
    void runtime.refresh().catch((error: unknown) => log('delta sync failed', error));
    void feed.projection.round().catch((error: unknown) => log('feed delta round failed', error));
  }, config.syncIntervalMs);
  timer.unref();
  const validator = jwksTokenValidator({
    issuer: config.issuer,
    jwksUri: config.jwksUri,
    audience: config.audience,
  });
  const deps: ApiDeps = {
    validator,
    problems: new Problems(TALENT_PROBLEMS, FEED_PROBLEMS),
    codeOf: (error) => feedCodeOf(error) ?? codeOf(error),
    wordingOf: feedWordingOf,
    log,
  };
  let bot: BotEdge | undefined;
  const app = createApp(deps, (express) => {
    mountTalentApi(express, deps, runtime);
    mountFeedApi(express, deps, feed);
    bot = mountBotEndpoint(express, botDeps(config, runtime, notices, log));
    if (options.teamsTabDir) mountTeamsTab(express, options.teamsTabDir);
  });
  // createApp mounts synchronously, so the edge is there: notices go out through the endpoint's own adapter.
  const notifier = noticePoller(config, runtime, { ...notices, sender: bot!.noticeSender }, log);
  notifier.start();
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.port, host, () => resolve(listening));
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    clearInterval(timer);
    await notifier.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, runtime, feed, notices: notifier, close };
}
