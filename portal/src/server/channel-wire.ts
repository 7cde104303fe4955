// The channel's wire: what the frame may send the portal, what the bot may send the connector, and what the
// portal makes of an invoke's answer. Every body from either side is checked here, with zod, before use.
import { LOCALES, type Locale } from '@samen/core/contract';
import { z } from 'zod';
import type { CardJson, ChatActivity } from './chat-store';
import { BadRequest } from './http-util';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
// What the bot is in every chat: Teams gives a bot an id of the form 28:<app id>.
export const BOT = { id: '28:samen-local-bot', name: 'Samen' };
// The frame's requests are small; the bot's replies carry cards (a five-person card is about 10 KB).
export const BROWSER_LIMIT = 16 * 1024;
export const CONNECTOR_LIMIT = 1024 * 1024;
/** As long as Teams lets a message be (about 28,000 characters): what the bot may send. */
export const MAX_MESSAGE_LENGTH = 28_000;
/** What the frame's composer takes (ChatPane's maxLength); far more than a question, so the bot judges the rest. */
export const MAX_COMPOSED_LENGTH = 4_000;

export const userId = z.string().min(1).max(64);
export const locale = z.enum(LOCALES as [Locale, ...Locale[]]);
export const sendMessage = z.strictObject({
  as: userId,
  locale,
  text: z.string().trim().min(1).max(MAX_COMPOSED_LENGTH),
});
export const cardAction = z.strictObject({
  as: userId,
  locale,
  activityId: z.string().min(1).max(64),
  verb: z.string().min(1).max(256),
  data: z.record(z.string(), z.unknown()).optional(),
});

// What the bot posts to the connector. Loose: Teams activities have many fields the frame does not show.
const adaptiveCard = z.looseObject({ type: z.literal('AdaptiveCard') });
const attachment = z.looseObject({ contentType: z.string().max(256), content: z.unknown().optional() });
export const botActivity = z.looseObject({
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

export type BotActivity = z.infer<typeof botActivity>;

/** The answer to a card action, for the frame: the card that replaces the old one, or a short message. */
export type ActionAnswer = { readonly card: CardJson } | { readonly message: string };

/** `a:portal-<user id>`: one personal chat per person, the same after a restart (proactive messages find it). */
export function conversationIdOf(user: string): string {
  return `a:portal-${user}`;
}

export type ConnectorRoute =
  { kind: 'send'; conversationId: string } | { kind: 'update'; conversationId: string; activityId: string };

/** `POST …/activities`, `POST …/activities/{replyToId}` (a reply) and `PUT …/activities/{id}` (an update). */
export function connectorRoute(method: string, pathname: string): ConnectorRoute | undefined {
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
export function contentOf(activity: BotActivity): Pick<ChatActivity, 'text' | 'cards'> {
  const cards = (activity.attachments ?? [])
    .filter((a) => a.contentType === ADAPTIVE_CARD && adaptiveCard.safeParse(a.content).success)
    .map((a) => a.content as CardJson);
  return { ...(activity.text ? { text: activity.text } : {}), cards };
}

export function actionAnswer(body: unknown): ActionAnswer {
  const answer = invokeAnswer.safeParse(body);
  if (!answer.success) throw new BotRefused(200, 'the invoke was answered without a body');
  const { type, value } = answer.data;
  if (type === ADAPTIVE_CARD && adaptiveCard.safeParse(value).success) return { card: value as CardJson };
  if (type === 'application/vnd.microsoft.activity.message' && typeof value === 'string')
    return { message: value };
  throw new BotRefused(answer.data.statusCode, `the invoke was answered with ${type ?? 'no type'}`);
}

export function parse<T>(schema: z.ZodType<T>, body: unknown): T {
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

/** For problems: the languages a request may name. */
export const LOCALES_TEXT = LOCALES.join(', ');
