// The edge between botbuilder and the conversation: activities in, plain turns to ExpertConversation, cards
// back out as attachments or invoke answers. botbuilder's types stay in this folder (toolchain.md: botbuilder is
// archived; its successor, the Agents SDK, has a similar handler API, so only this folder would change).
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TurnContext as Turns,
  type TurnContext,
} from 'botbuilder';
import type { Card } from '../conversation/cards';
import type { ExpertConversation, Turn } from '../conversation/conversation';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The turn as the conversation sees it; the user's id is Teams' `aadObjectId` (validated by the conversation). */
export function turnOf(context: TurnContext): Turn {
  const { activity } = context;
  return {
    conversationId: activity.conversation?.id ?? '',
    ...(activity.from?.aadObjectId ? { userId: activity.from.aadObjectId } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
    personal: activity.conversation?.conversationType === 'personal',
    address: addressOf(context),
  };
}

/**
 * The conversation reference a later message needs, without the activity it came with: a notice is a new
 * message in the chat, not a reply to the click.
 */
function addressOf(context: TurnContext): Record<string, unknown> {
  const { activityId: _activityId, ...reference } = Turns.getConversationReference(context.activity);
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}

export const asAttachment = (card: Card) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

export class SamenBot extends TeamsActivityHandler {
  constructor(private readonly conversation: ExpertConversation) {
    super();
    this.onMessage(async (context, next) => {
      const card = await this.conversation.answerMessage(turnOf(context), context.activity.text ?? '');
      await context.sendActivity(asAttachment(card));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      // Installing the app adds the bot itself; people joining a team later are not greeted by the bot.
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId))
        await context.sendActivity(asAttachment(this.conversation.welcome(turnOf(context))));
      await next();
    });
  }

  /** Action.Execute: the answer replaces the card in place (universal actions, invoke `adaptiveCard/action`). */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action;
    const card = await this.conversation.answerAction(turnOf(context), verb, data);
    return { statusCode: 200, type: ADAPTIVE_CARD, value: card };
  }

  /**
   * The message extension's search (invoke `composeExtension/query`), answered in the HTTP body. The query is
   * handed on unchecked: the conversation validates it and answers an unknown command with a message.
   */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return { composeExtension: await this.conversation.answerQuery(turnOf(context), query) };
  }
}
