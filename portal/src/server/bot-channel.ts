// The portal as the bot's channel, as the Agents Playground and the Bot Framework Emulator are: it posts the
// frame's messages and card actions to the Samen service's real `/api/messages` as Teams activities, and answers
// the small part of the Bot Connector API the bot replies through (toolchain.md, "Bot"), relaying every reply to
// the frame over Server-Sent Events. Proactive messages (sent to `/v3/conversations/{id}/activities` later)
// arrive the same way.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCALES, type Locale } from '@samen/core/contract';
import { z } from 'zod';
import { ChatStore, type CardJson, type ChatActivity } from './chat-store';
import type { PortalUser } from './directory';
import { BadRequest, readJson, sendJson } from './http-util';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
// What the bot is in every chat: Teams gives a bot an id of the form 28:<app id>.
const BOT = { id: '28:samen-local-bot', name: 'Samen' };
// The frame's requests are small; the bot's replies carry cards (a five-person card is about 10 KB).
const BROWSER_LIMIT = 16 * 1024;
const CONNECTOR_LIMIT = 1024 * 1024;
/** As long as Teams lets a message be (about 28,000 characters); the bot judges what it can answer. */
export const MAX_MESSAGE_LENGTH = 28_000;

const userId = z.string().min(1).max(64);
const locale = z.enum(LOCALES as [Locale, ...Locale[]]);
const sendMessage = z.strictObject({
  as: userId,
  locale,
  text: z.string().trim().min(1).max(MAX_MESSAGE_LENGTH),
});
const cardAction = z.strictObject({
  as: userId,
  locale,
  activityId: z.string().min(1).max(64),
  verb: z.string().min(1).max(256),
  data: z.record(z.string(), z.unknown()).optional(),
});

// What the bot posts to the connector. Loose: Teams activities have many fields the frame does not show.
const adaptiveCard = z.looseObject({ type: z.literal('AdaptiveCard') });
const attachment = z.looseObject({ contentType: z.string().max(256), content: z.unknown().optional() });
const botActivity = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().max(MAX_MESSAGE_LENGTH).optional(),
  attachments: z.array(attachment).max(10).optional(),
});
// The invoke's answer in /api/messages' body (Universal Actions: a card, a message, or an error).
const invokeAnswer = z.looseObject({
  statusCode: z.number().int(),
  type: z.string().optional(),
  value: z.unknown(),
});

export interface ChannelOptions {
  /** The Samen service; activities go to `{serviceUrl}/api/messages`. */
  readonly serviceUrl: string;
  /** Whom the portal can be viewed as (the dev tenant's people). */
  readonly users: () => Promise<PortalUser[]>;
}

/** The answer to a card action, for the frame: the card that replaces the old one, or a short message. */
export type ActionAnswer = { readonly card: CardJson } | { readonly message: string };

/** `a:portal-<user id>`: one personal chat per person, the same after a restart (proactive messages find it). */
export function conversationIdOf(user: string): string {
  return `a:portal-${user}`;
}

export class BotChannel {
  private readonly store = new ChatStore();
  private connectorUrl = '';

  constructor(private readonly options: ChannelOptions) {}

  /** The portal's own address, given to the bot as the activities' `serviceUrl` (known once it listens). */
  listeningAt(url: string): void {
    this.connectorUrl = url;
  }

  /** Routes `/portal/chat/*` (the frame) and `/v3/*` (the bot); `undefined` for any other path. */
  route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | undefined {
    const { pathname } = url;
    if (pathname.startsWith('/v3/')) return this.answer(res, () => this.connector(req, res, pathname));
    if (pathname === '/portal/chat/events' && req.method === 'GET')
      return this.answer(res, () => this.follow(res, url.searchParams));
    if (pathname === '/portal/chat/messages' && req.method === 'POST')
      return this.answer(res, () => this.message(req, res));
    if (pathname === '/portal/chat/actions' && req.method === 'POST')
      return this.answer(res, () => this.action(req, res));
    if (pathname.startsWith('/portal/chat/'))
      return this.answer(res, () => Promise.reject(new BadRequest(404, 'notFound', 'No such chat route.')));
    return undefined;
  }

  private async answer(res: ServerResponse, handle: () => Promise<void>): Promise<void> {
    try {
      await handle();
    } catch (error) {
      if (error instanceof BadRequest)
        return sendJson(res, error.status, { code: error.code, message: error.message });
      if (error instanceof BotUnreachable)
        return sendJson(res, 503, { code: 'botUnavailable', message: error.message });
      if (!(error instanceof BotRefused)) throw error;
      console.error(`portal: ${error.message}`);
      sendJson(res, 502, { code: 'botFailed', message: error.message });
    }
  }

  // ---- the frame's side -------------------------------------------------------------------------------------

  /** `?as=<user id>&lang=nl-NL`: the language is the one the bot is installed in (its welcome card's). */
  private async follow(res: ServerResponse, params: URLSearchParams): Promise<void> {
    const user = await this.user(userId.safeParse(params.get('as')).data);
    const lang = locale.safeParse(params.get('lang') ?? 'en-US');
    if (!lang.success)
      throw new BadRequest(400, 'invalidRequest', `lang must be one of ${LOCALES.join(', ')}.`);
    const conversationId = conversationIdOf(user.id);
    if (!this.store.follow(conversationId, res))
      throw new BadRequest(429, 'tooManyStreams', 'This chat is open in too many places.');
    // The first time a person opens the chat, Teams tells the bot it was installed; the bot welcomes them.
    if (!this.store.install(conversationId)) return;
    await this.toBot(user, lang.data, { type: 'conversationUpdate', membersAdded: [BOT] }).catch(
      (error: unknown) => {
        this.store.uninstall(conversationId);
        console.error('portal: the bot was not told of its installation:', error);
      },
    );
  }

  private async message(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parse(sendMessage, await readJson(req, BROWSER_LIMIT));
    const user = await this.user(request.as);
    const id = this.store.newId('user');
    this.store.add(conversationIdOf(user.id), {
      id,
      from: 'user',
      timestamp: new Date().toISOString(),
      text: request.text,
      cards: [],
    });
    await this.toBot(user, request.locale, { type: 'message', id, text: request.text, textFormat: 'plain' });
    sendJson(res, 202, { id });
  }

  /** Action.Execute as Teams does it: an `adaptiveCard/action` invoke, its answer replacing the card. */
  private async action(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parse(cardAction, await readJson(req, BROWSER_LIMIT));
    const user = await this.user(request.as);
    const conversationId = conversationIdOf(user.id);
    if (!this.store.find(conversationId, request.activityId)?.cards.length)
      throw new BadRequest(404, 'notFound', 'No card with that id in this chat.');
    const answer = await this.toBot(user, request.locale, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: request.activityId,
      value: { action: { type: 'Action.Execute', verb: request.verb, data: request.data ?? {} } },
    });
    const result = actionAnswer(answer);
    if ('card' in result) this.store.replace(conversationId, request.activityId, { cards: [result.card] });
    sendJson(res, 200, result);
  }

  private async user(id: string | undefined): Promise<PortalUser> {
    const user = id === undefined ? undefined : (await this.options.users()).find((u) => u.id === id);
    if (!user) throw new BadRequest(404, 'notFound', `No seeded user '${id ?? ''}'.`);
    return user;
  }

  /** Posts one activity from `user` in their personal chat; the body of the answer (an invoke's) or undefined. */
  private async toBot(user: PortalUser, lang: Locale, activity: Record<string, unknown>): Promise<unknown> {
    const body = {
      id: this.store.newId('activity'),
      ...activity,
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.connectorUrl,
      conversation: { id: conversationIdOf(user.id), conversationType: 'personal' },
      from: { id: `29:${user.id}`, aadObjectId: user.id, name: user.displayName },
      recipient: BOT,
      locale: lang,
    };
    const response = await fetch(new URL('/api/messages', this.options.serviceUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => {
      throw new BotUnreachable();
    });
    const text = await response.text();
    if (!response.ok) throw new BotRefused(response.status, text.slice(0, 500));
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  // ---- the bot's side: the Bot Connector ------------------------------------------------------------------

  private async connector(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const route = connectorRoute(req.method ?? '', pathname);
    if (!route)
      throw new BadRequest(404, 'NotFound', `The local channel does not offer ${req.method} ${pathname}.`);
    const user = await this.userOfConversation(route.conversationId);
    const activity = parse(botActivity, await readJson(req, CONNECTOR_LIMIT));
    const conversationId = conversationIdOf(user.id);
    if (route.kind === 'update') {
      if (!this.store.replace(conversationId, route.activityId, contentOf(activity)))
        throw new BadRequest(404, 'ActivityNotFound', 'No activity with that id in this conversation.');
      return sendJson(res, 200, { id: route.activityId });
    }
    const id = this.store.newId('bot');
    // Typing indicators and other non-message activities are accepted and not shown.
    if (activity.type === 'message')
      this.store.add(conversationId, {
        id,
        from: 'bot',
        timestamp: new Date().toISOString(),
        ...contentOf(activity),
      });
    sendJson(res, 200, { id });
  }

  private async userOfConversation(conversationId: string): Promise<PortalUser> {
    const prefix = conversationIdOf('');
    const user = conversationId.startsWith(prefix)
      ? (await this.options.users()).find((u) => conversationIdOf(u.id) === conversationId)
      : undefined;
    if (!user)
      throw new BadRequest(404, 'ConversationNotFound', 'No such conversation on the local channel.');
    return user;
  }
}

type ConnectorRoute =
  { kind: 'send'; conversationId: string } | { kind: 'update'; conversationId: string; activityId: string };

/** `POST …/activities`, `POST …/activities/{replyToId}` (a reply) and `PUT …/activities/{id}` (an update). */
function connectorRoute(method: string, pathname: string): ConnectorRoute | undefined {
  const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(pathname);
  if (!match) return undefined;
  let conversationId: string;
  let activityId: string | undefined;
  try {
    conversationId = decodeURIComponent(match[1]!);
    activityId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  if (method === 'POST') return { kind: 'send', conversationId };
  if (method === 'PUT' && activityId) return { kind: 'update', conversationId, activityId };
  return undefined;
}

/** What the frame shows of a bot's activity: its text and its Adaptive Cards (the only cards Samen sends). */
function contentOf(activity: z.infer<typeof botActivity>): Pick<ChatActivity, 'text' | 'cards'> {
  const cards = (activity.attachments ?? [])
    .filter((a) => a.contentType === ADAPTIVE_CARD && adaptiveCard.safeParse(a.content).success)
    .map((a) => a.content as CardJson);
  return { ...(activity.text ? { text: activity.text } : {}), cards };
}

function actionAnswer(body: unknown): ActionAnswer {
  const answer = invokeAnswer.safeParse(body);
  if (!answer.success) throw new BotRefused(200, 'the invoke was answered without a body');
  const { type, value } = answer.data;
  if (type === ADAPTIVE_CARD && adaptiveCard.safeParse(value).success) return { card: value as CardJson };
  if (type === 'application/vnd.microsoft.activity.message' && typeof value === 'string')
    return { message: value };
  throw new BotRefused(answer.data.statusCode, `the invoke was answered with ${type ?? 'no type'}`);
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new BadRequest(400, 'invalidRequest', z.prettifyError(parsed.error));
  return parsed.data;
}

/** The Samen service did not take the request (not running); the frame says so. */
export class BotUnreachable extends Error {
  constructor() {
    super('The Samen service cannot be reached.');
  }
}

/** The Samen service answered the activity with an error; its status and the start of its body, for the log. */
export class BotRefused extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`The Samen service refused the activity (${status}): ${detail}`);
  }
}
