// The frame's side of the portal's bot channel (portal/src/server/bot-channel.ts): send a message, run a card's
// Action.Execute, follow the chat over Server-Sent Events.
import type { Locale } from '@samen/core/contract';

export type CardJson = Record<string, unknown>;

/** One line of the chat, as the portal server relays it. */
export interface ChatActivity {
  readonly id: string;
  readonly from: 'user' | 'bot';
  readonly timestamp: string;
  readonly text?: string;
  readonly cards: readonly CardJson[];
}

export type ChatEventKind = 'activity' | 'update';

/** Why a request to the portal failed, as the frame words it (frame-strings.ts). */
export type ChatErrorCode = 'botUnavailable' | 'botFailed' | 'other';

export class ChatError extends Error {
  constructor(readonly code: ChatErrorCode) {
    super(`chat request failed: ${code}`);
  }
}

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => {
    throw new ChatError('other');
  });
  const answer = (await response.json().catch(() => ({}))) as { code?: string };
  if (response.ok) return answer;
  throw new ChatError(
    answer.code === 'botUnavailable' || answer.code === 'botFailed' ? answer.code : 'other',
  );
}

export async function sendMessage(as: string, locale: Locale, text: string): Promise<void> {
  await post('/portal/chat/messages', { as, locale, text });
}

/** The answer to Action.Execute: the card that replaces the old one, or a short message (Teams shows a toast). */
export type ActionAnswer = { readonly card: CardJson } | { readonly message: string };

export async function executeAction(
  as: string,
  locale: Locale,
  activityId: string,
  verb: string,
  data: Record<string, unknown>,
): Promise<ActionAnswer> {
  const answer = (await post('/portal/chat/actions', { as, locale, activityId, verb, data })) as Partial<
    Record<'card' | 'message', unknown>
  >;
  if (answer.card && typeof answer.card === 'object') return { card: answer.card as CardJson };
  if (typeof answer.message === 'string') return { message: answer.message };
  throw new ChatError('other');
}

function isActivity(value: unknown): value is ChatActivity {
  const a = value as Partial<ChatActivity> | null;
  return (
    !!a &&
    typeof a.id === 'string' &&
    (a.from === 'user' || a.from === 'bot') &&
    typeof a.timestamp === 'string' &&
    (a.text === undefined || typeof a.text === 'string') &&
    Array.isArray(a.cards)
  );
}

export interface ChatListener {
  onEvent(kind: ChatEventKind, activity: ChatActivity): void;
  /** The stream broke (the portal stopped) or came back; EventSource reconnects by itself. */
  onConnection(connected: boolean): void;
}

/** Follows the chat of the person the frame is viewed as (in `locale` if it starts it); returns how to stop. */
export function followChat(as: string, locale: Locale, listener: ChatListener): () => void {
  const source = new EventSource(
    `/portal/chat/events?${new URLSearchParams({ as, lang: locale }).toString()}`,
  );
  const handle = (kind: ChatEventKind) => (event: MessageEvent<string>) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return;
    }
    if (isActivity(parsed)) listener.onEvent(kind, parsed);
  };
  source.addEventListener('activity', handle('activity'));
  source.addEventListener('update', handle('update'));
  source.addEventListener('open', () => listener.onConnection(true));
  source.addEventListener('error', () => listener.onConnection(false));
  return () => source.close();
}
