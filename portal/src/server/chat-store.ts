import type { ServerResponse } from 'node:http';

/** An Adaptive Card as the bot sent it (JSON; the browser renders it). */
export type CardJson = Record<string, unknown>;

/** One line of a personal chat, as the frame shows it. */
export interface ChatActivity {
  readonly id: string;
  readonly from: 'user' | 'bot';
  readonly timestamp: string;
  readonly text?: string;
  readonly cards: readonly CardJson[];
}

/** What the browser is told over its event stream. */
export type ChatEvent =
  | { readonly kind: 'activity'; readonly activity: ChatActivity }
  | { readonly kind: 'update'; readonly activity: ChatActivity };

// A chat is a few dozen lines in a local session; the oldest go first so memory stays bounded.
const HISTORY = 100;
// Each open frame (or tab of it) holds one stream; more than this for one person is a leak, not use.
const STREAMS = 10;

interface Conversation {
  readonly history: ChatActivity[];
  readonly streams: Set<ServerResponse>;
  installed: boolean;
}

/**
 * The portal's personal chats with the bot, one per person the portal is viewed as, kept in memory as Teams
 * keeps a chat's history; each open frame follows its chat over Server-Sent Events.
 */
export class ChatStore {
  private readonly conversations = new Map<string, Conversation>();
  private sequence = 0;

  newId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  }

  /** Marks the bot installed in this chat (its welcome card asked for); true if it was not yet. */
  install(conversationId: string): boolean {
    const conversation = this.conversation(conversationId);
    const first = !conversation.installed;
    conversation.installed = true;
    return first;
  }

  /** The bot did not take its installation (the service was down): the next frame to open the chat tries again. */
  uninstall(conversationId: string): void {
    this.conversation(conversationId).installed = false;
  }

  add(conversationId: string, activity: ChatActivity): void {
    const { history } = this.conversation(conversationId);
    history.push(activity);
    if (history.length > HISTORY) history.splice(0, history.length - HISTORY);
    this.publish(conversationId, { kind: 'activity', activity });
  }

  /** Replaces an activity's content (a card refreshed by Action.Execute, or updated by the bot). */
  replace(conversationId: string, activityId: string, change: Pick<ChatActivity, 'text' | 'cards'>): boolean {
    const { history } = this.conversation(conversationId);
    const at = history.findIndex((a) => a.id === activityId);
    if (at < 0) return false;
    const updated: ChatActivity = { ...history[at]!, ...change };
    history[at] = updated;
    this.publish(conversationId, { kind: 'update', activity: updated });
    return true;
  }

  find(conversationId: string, activityId: string): ChatActivity | undefined {
    return this.conversation(conversationId).history.find((a) => a.id === activityId);
  }

  /** Starts an event stream: the chat so far, then every new or changed line until the browser goes. */
  follow(conversationId: string, res: ServerResponse): boolean {
    const conversation = this.conversation(conversationId);
    if (conversation.streams.size >= STREAMS) return false;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    for (const activity of conversation.history) write(res, { kind: 'activity', activity });
    conversation.streams.add(res);
    res.on('close', () => conversation.streams.delete(res));
    return true;
  }

  private publish(conversationId: string, event: ChatEvent): void {
    for (const res of this.conversation(conversationId).streams) write(res, event);
  }

  private conversation(id: string): Conversation {
    let conversation = this.conversations.get(id);
    if (!conversation) {
      conversation = { history: [], streams: new Set(), installed: false };
      this.conversations.set(id, conversation);
    }
    return conversation;
  }
}

function write(res: ServerResponse, event: ChatEvent): void {
  res.write(`event: ${event.kind}\ndata: ${JSON.stringify(event.activity)}\n\n`);
}
