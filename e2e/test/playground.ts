// The Microsoft 365 Agents Playground (pinned in e2e's devDependencies), started as a process pointed at a bot
// endpoint and driven headless through the API its own web UI uses. That API is undocumented, so the shapes
// below were read from the pinned package (dist/index.js) and are checked with zod at this edge: a new
// Playground version that changes them fails here with the field that changed, not deep inside a test.
// Differences from toolchain.md found in 0.2.28: a message needs `textFormat` beside `text`; an @mention is
// `mentions: [{ mentioned: { id }, text }]` and only a mentioned bot (or a personal chat) is sent the message;
// a channel message opens a thread whose id (`postConversationId`) is where the bot's reply lands; invokes are
// answered in the HTTP body (Action.Execute: `{ type, value }`, message extensions: `{ composeExtension }`)
// and need `from`, `conversation` and, for Action.Execute, `replyToId` (the card's message id).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type RunningProcess } from '@samen/devkit/launcher';
import WebSocket from 'ws';
import { z } from 'zod';

/** A person as the Playground's configuration file has them (its JSON schema 0.1.1; sic `userPrincipleName`). */
export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export interface PlaygroundSetup {
  botEndpoint: string;
  bot: { id: string; name: string };
  tenantId: string;
  /** Who types in the Playground. */
  currentUser: PlaygroundUser;
  /** The schema wants exactly five others (the group chat's and the team's members). */
  users: readonly PlaygroundUser[];
}

const config = z.object({
  config: z.object({
    bot: z.object({ id: z.string(), name: z.string() }),
    currentUser: z.object({ id: z.string(), aadObjectId: z.string() }),
    personalChat: z.object({ id: z.string() }),
    teams: z.array(
      z.object({ id: z.string(), channels: z.array(z.object({ id: z.string(), name: z.string() })) }),
    ),
  }),
  internalConfig: z.object({ locale: z.string() }),
});
export type PlaygroundConfig = z.infer<typeof config>;

const created = z.object({ messageId: z.string(), postConversationId: z.string().optional() });
const attachment = z.object({ contentType: z.string(), content: z.unknown() });
/** What the Playground pushes to its web UI when the bot posts: one `createMessage` per message. */
const pushed = z.object({
  action: z.literal('createMessage'),
  actionConversationId: z.string(),
  message: z.object({
    messageId: z.string(),
    from: z.object({ id: z.string() }),
    attachments: z.array(attachment),
  }),
});
export type PushedMessage = z.infer<typeof pushed>;

/** Fails after `ms` with what was awaited; the timer is cleared whichever way `promise` settles. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not a message of the shape awaited; the schema check turns it away like any other.
    return undefined;
  }
}

/**
 * The Playground's conversation stream: every message it shows, kept in arrival order, so a reply that arrives
 * before anyone waits for it is still found (no race between posting and listening).
 */
class ConversationStream {
  private readonly messages: PushedMessage[] = [];
  private readonly taken = new Set<PushedMessage>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: WebSocket.RawData) => {
      const parsed = pushed.safeParse(parseJson(data.toString()));
      // Typing indicators and updates are other actions; only new messages are answers.
      if (!parsed.success) return;
      this.messages.push(parsed.data);
      this.waiters.forEach((wake) => wake());
    });
  }

  /** The next message `from` posted in `conversationId` that no one took yet. */
  async next(conversationId: string, from: string, timeoutMs: number): Promise<PushedMessage> {
    let settled = false;
    let check = () => {};
    const arrival = new Promise<PushedMessage>((resolve) => {
      check = () => {
        // Taken once: until this waiter is removed, later messages stay for the next one who waits.
        if (settled) return;
        const found = this.messages.find(
          (m) =>
            !this.taken.has(m) && m.actionConversationId === conversationId && m.message.from.id === from,
        );
        if (!found) return;
        settled = true;
        this.taken.add(found);
        resolve(found);
      };
    });
    this.waiters.add(check);
    check();
    try {
      return await within(arrival, timeoutMs, `a message from ${from} in ${conversationId}`);
    } finally {
      this.waiters.delete(check);
    }
  }

  close(): void {
    this.socket.close();
  }
}

export class Playground {
  private constructor(
    readonly url: string,
    readonly config: PlaygroundConfig,
    private readonly stream: ConversationStream,
    private readonly stopProcess: () => Promise<void>,
  ) {}

  /** Starts the Playground on a free port with `setup` as its configuration file, and opens its stream. */
  static async start(setup: PlaygroundSetup): Promise<Playground> {
    const dir = mkdtempSync(join(tmpdir(), 'samen-playground-ui-'));
    let running: RunningProcess | undefined;
    const stopProcess = async () => {
      await running?.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      running = await launchPlayground(setup, dir);
      const url = `http://127.0.0.1:${running.url}`;
      // GET config is what the web UI asks first; the Playground answers once the bot endpoint answers.
      const answer = config.parse(await json(await fetch(`${url}/_internal/v1/config`), 'GET config'));
      const socket = new WebSocket(`${url.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`);
      const stream = new ConversationStream(socket);
      await within(
        new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject)),
        10_000,
        'the stream',
      );
      return new Playground(url, answer, stream, stopProcess);
    } catch (error) {
      await stopProcess();
      throw error;
    }
  }

  /** Posts as the current user; `mention` @mentions the bot as Teams does (`<at>name</at>` and an entity). */
  async post(conversationId: string, text: string, mention?: { id: string; name: string }) {
    const mentionText = mention ? `<at>${mention.name}</at>` : '';
    const body = {
      from: { id: this.config.config.currentUser.id },
      text: mention ? `${mentionText} ${text}` : text,
      textFormat: 'xml',
      ...(mention ? { mentions: [{ mentioned: { id: mention.id }, text: mentionText }] } : {}),
    };
    const response = await fetch(
      `${this.url}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      },
    );
    return created.parse(await json(response, 'POST message'));
  }

  /** An invoke as the current user (`composeExtension/query`, `adaptiveCard/action`); the bot's answer comes back. */
  async invoke(name: string, conversationId: string, value: unknown, replyToId?: string): Promise<unknown> {
    const body = {
      name,
      value,
      from: { id: this.config.config.currentUser.id },
      conversation: { id: conversationId },
      ...(replyToId ? { replyToId } : {}),
    };
    const response = await fetch(`${this.url}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return json(response, `invoke ${name}`);
  }

  /** The bot's next message in `conversationId`, as the Playground pushed it to its UI. */
  botMessage(conversationId: string, timeoutMs = 15_000): Promise<PushedMessage> {
    return this.stream.next(conversationId, this.config.config.bot.id, timeoutMs);
  }

  async stop(): Promise<void> {
    this.stream.close();
    await this.stopProcess();
  }
}

async function json(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) throw new Error(`Playground ${what}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}

function launchPlayground(setup: PlaygroundSetup, dir: string): Promise<RunningProcess> {
  const configPath = join(dir, 'playground.json');
  // JSON is YAML: the Playground reads this file with a YAML parser and checks it against its schema.
  writeFileSync(configPath, JSON.stringify(configFile(setup), null, 2));
  return launch({
    label: 'Agents Playground',
    command: process.execPath,
    // -p 0: no free port is guessed; the Playground takes one and prints it. --dt: no telemetry (offline).
    args: [require.resolve('@microsoft/m365agentsplayground/cli.js'), '-c', 'msteams', '-p', '0', '--dt'],
    // Its working directory is where it would look for a configuration file and write devTools/ logs.
    cwd: dir,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      BOT_ENDPOINT: setup.botEndpoint,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: join(dir, 'playground.log'),
    },
    // Printed only when stdout is not a terminal; the port is the ready line's group.
    ready: /^Listening on (\d+)$/,
    show: 'none',
  });
}

function configFile(setup: PlaygroundSetup) {
  return {
    version: '0.1.1',
    tenantId: setup.tenantId,
    bot: setup.bot,
    currentUser: setup.currentUser,
    users: setup.users,
    personalChat: { id: 'a:samen-playground-personal' },
    groupChat: { id: '19:samen-playground-group@thread.v2', name: 'Samen e2e group' },
    team: {
      id: '19:samen-playground-general@thread.tacv2',
      name: 'Samen e2e',
      aadGroupId: '7e0b6d52-3c1e-4c1a-9b43-2d5f0f3c9a10',
      channels: [],
    },
  };
}
