// The portal as the bot's channel, as the Agents Playground and the Bot Framework Emulator are: it posts the
// frame's messages and card actions to the Samen service's real `/api/messages` as Teams activities, and answers
// the small part of the Bot Connector API the bot replies through (toolchain.md, "Bot"), relaying every reply to
// the frame over Server-Sent Events. Proactive messages (sent to `/v3/conversations/{id}/activities` later)
// arrive the same way.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '@samen/core/contract';
import { ChatStore } from './chat-store';
import {
  actionAnswer,
  BOT,
  BotRefused,
  BotUnreachable,
  botActivity,
  BROWSER_LIMIT,
  cardAction,
  CONNECTOR_LIMIT,
  connectorRoute,
  contentOf,
  conversationIdOf,
  locale,
  LOCALES_TEXT,
  parse,
  sendMessage,
  userId,
} from './channel-wire';
import type { PortalUser } from './directory';
import { BadRequest, readJson, sendJson } from './http-util';

export interface ChannelOptions {
  /** The Samen service; activities go to `{serviceUrl}/api/messages`. */
  readonly serviceUrl: string;
  /** Whom the portal can be viewed as (the dev tenant's people). */
  readonly users: () => Promise<PortalUser[]>;
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
    if (!lang.success) throw new BadRequest(400, 'invalidRequest', `lang must be one of ${LOCALES_TEXT}.`);
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
    // A service with bot credentials (SAMEN_BOT_APP_ID) wants Bot Framework tokens, which no local channel has.
    if (response.status === 401)
      throw new BotRefused(
        401,
        'it checks Bot Framework tokens; run it without SAMEN_BOT_APP_ID for the frame',
      );
    if (!response.ok) throw new BotRefused(response.status, text.slice(0, 500));
    return answerBody(response.status, text);
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

/** An activity's answer: empty (a message) or JSON (an invoke's); anything else is the service misbehaving. */
function answerBody(status: number, text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BotRefused(status, `the answer is not JSON: ${text.slice(0, 200)}`);
  }
}
