// Sends notices as proactive messages: botbuilder's continueConversationAsync with the bot's app id (empty when
// the endpoint runs anonymously, for local use) and the conversation reference stored with the notice.
import type { NoticeKind, NoticeSender, StoredNotice } from '@samen/core';
import type { ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { noticeMessageCard } from '../conversation/cards';
import { asAttachment } from './samen-bot';

/** What the sender needs of an adapter: CloudAdapter in the service; in tests, TestAdapter given this ability. */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

// The stored reference came back from a SharePoint list that people can edit: checked before botbuilder uses
// it, as an activity is (bot-endpoint.ts). Loose: channels put more in it.
const account = z.looseObject({ id: z.string().min(1).max(512) });
const reference = z.looseObject({
  serviceUrl: z.url(),
  channelId: z.string().min(1).max(64),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  bot: account,
  user: account.optional(),
});

export class UnusableConversationReference extends Error {
  readonly code = 'unusableConversationReference';
  constructor(
    readonly noticeId: string,
    readonly issues: string,
  ) {
    super(`Notice ${noticeId} holds a conversation reference botbuilder cannot use: ${issues}`);
    this.name = 'UnusableConversationReference';
  }
}

export class ProactiveNoticeSender implements NoticeSender {
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly botAppId: string,
  ) {}

  /** @throws UnusableConversationReference; the connector's error when it refuses the message */
  async send(notice: StoredNotice, kind: NoticeKind): Promise<void> {
    const parsed = reference.safeParse(notice.conversation);
    if (!parsed.success) throw new UnusableConversationReference(notice.id, z.prettifyError(parsed.error));
    const card = noticeMessageCard(notice, kind);
    // botbuilder hands an error inside the turn to the adapter's onTurnError, which only logs it: the send
    // would look done and the notice be deleted. Kept here and thrown after, so the poll tries again.
    let failure: { error: unknown } | undefined;
    await this.adapter.continueConversationAsync(
      this.botAppId,
      // What botbuilder reads is checked above; its types also call `name`, `isGroup` and `conversationType`
      // required, which channels leave out (botbuilder's own getConversationReference copies what came).
      parsed.data as unknown as Partial<ConversationReference>,
      async (context) => {
        try {
          await context.sendActivity(asAttachment(card));
        } catch (error) {
          failure = { error };
        }
      },
    );
    if (failure) throw failure.error;
  }
}
