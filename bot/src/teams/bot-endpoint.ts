// POST /api/messages: the Bot Framework's door into the service. botbuilder's CloudAdapter checks the
// channel's token (when the bot has credentials) and runs SamenBot; this file only shapes what comes in.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import { ProblemError } from '../http/problems';
import { negotiateLocale } from '@samen/core/contract';
import { noticeCard } from '../conversation/cards';
import type { ExpertConversation } from '../conversation/conversation';
import { STRINGS } from '../conversation/strings';
import { ProactiveNoticeSender } from './proactive-sender';
import { SamenBot } from './samen-bot';

/** The bot's app registration (Azure Bot Service); without it the endpoint runs anonymously, for local use. */
export interface BotCredentials {
  readonly appId: string;
  readonly appPassword: string;
  /** For a single-tenant bot registration; multi-tenant when absent. */
  readonly tenantId?: string;
}

export interface BotEndpointDeps {
  readonly conversation: ExpertConversation;
  readonly credentials?: BotCredentials;
  readonly newReference: () => string;
  readonly log: (message: string, error: unknown) => void;
}

// What the bot reads of an activity, checked before botbuilder sees it: botbuilder's own parsing throws errors
// that would reach callers as 500s with its message. Loose: channels send many more fields.
const account = z.looseObject({ id: z.string().min(1).max(512), aadObjectId: z.string().max(64).optional() });
const activity = z.looseObject({
  type: z.string().min(1).max(64),
  serviceUrl: z.url(),
  channelId: z.string().min(1).max(64),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: account,
  recipient: account,
  text: z.string().optional(),
  locale: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
});
// Action.Execute arrives as this invoke; botbuilder reads value.action without checking it is there.
const cardAction = z.looseObject({
  value: z.looseObject({ action: z.looseObject({ type: z.string() }) }),
});

function checkActivity(body: unknown): void {
  const parsed = activity.safeParse(body);
  if (!parsed.success) throw new ProblemError('invalidRequest', 'not an activity');
  if (
    parsed.data.type === 'invoke' &&
    parsed.data.name === 'adaptiveCard/action' &&
    !cardAction.safeParse(body).success
  )
    throw new ProblemError('invalidRequest', 'adaptiveCard/action without an action');
}

function authentication(credentials: BotCredentials | undefined): ConfigurationBotFrameworkAuthentication {
  // Empty app id and password: botbuilder accepts unauthenticated requests (toolchain.md, "Bot").
  const options = {
    MicrosoftAppId: credentials?.appId ?? '',
    MicrosoftAppPassword: credentials?.appPassword ?? '',
    MicrosoftAppType: credentials?.tenantId ? 'SingleTenant' : 'MultiTenant',
    MicrosoftAppTenantId: credentials?.tenantId ?? '',
  } as ConfigurationBotFrameworkAuthenticationOptions;
  return new ConfigurationBotFrameworkAuthentication(options);
}

function adapterFor(deps: BotEndpointDeps): CloudAdapter {
  const adapter = new CloudAdapter(authentication(deps.credentials));
  // The conversation answers its own failures; what reaches here failed around it (the connector refusing a
  // reply). Logged with a reference; the person gets the apology if the connector still takes it.
  adapter.onTurnError = async (context, error) => {
    const reference = deps.newReference();
    deps.log(`bot turn failed (reference ${reference})`, error);
    if (context.activity.type !== 'message') return;
    await context
      .sendActivity({
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: noticeCard(STRINGS[negotiateLocale(context.activity.locale)].apology(reference)),
          },
        ],
      })
      .catch((again: unknown) => deps.log(`apology not delivered (reference ${reference})`, again));
  };
  return adapter;
}

/** What the service gets back from the edge: how to send a notice later, through the same adapter. */
export interface BotEdge {
  readonly noticeSender: ProactiveNoticeSender;
}

/** Mounts the bot on the service's express app. */
export function mountBotEndpoint(app: Express, deps: BotEndpointDeps): BotEdge {
  const adapter = adapterFor(deps);
  const bot = new SamenBot(deps.conversation);
  app.post('/api/messages', async (req: Request, res: Response) => {
    checkActivity(req.body);
    await adapter.process(req, res, (context) => bot.run(context));
  });
  // Proactive messages go out under the bot's own app id; anonymously (empty) for local use.
  return { noticeSender: new ProactiveNoticeSender(adapter, deps.credentials?.appId ?? '') };
}
