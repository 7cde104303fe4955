// The baseline: a bare echo bot on the same stack as Samen's endpoint — the service's express app
// (`createApp`: JSON body limit, problem answers), botbuilder's CloudAdapter with the same anonymous
// authentication, a TeamsActivityHandler — answering each message with its text through the same connector.
// Measured beside Samen in one run, what differs is Samen's conversation (and its activity check).
import { createApp, Problems } from '@samen/bot';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TeamsActivityHandler,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

class EchoBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(context.activity.text ?? ''));
      await next();
    });
  }
}

// As bot/src/teams/bot-endpoint.ts configures it without credentials (toolchain.md, "Bot"): anonymous.
const ANONYMOUS = {
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: 'MultiTenant',
  MicrosoftAppTenantId: '',
} as ConfigurationBotFrameworkAuthenticationOptions;

export interface RunningEchoBot {
  url: string;
  close(): Promise<void>;
}

export async function startEchoBot(host: string, log: (message: string, error: unknown) => void) {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(ANONYMOUS));
  const bot = new EchoBot();
  const deps = {
    // No API is mounted here; a request that would need a caller is a bug in the bench.
    validator: { actorFrom: () => Promise.reject(new Error('the echo bot has no API')) },
    problems: new Problems(),
    codeOf: () => undefined,
    log,
  };
  const app = createApp(deps, (express) => {
    express.post('/api/messages', async (req, res) => {
      await adapter.process(req, res, (context) => bot.run(context));
    });
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, host, () => resolve(listening));
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, close } satisfies RunningEchoBot;
}
