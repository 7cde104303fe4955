// The measuring itself: warm both bots up, then rounds in which each bot gets the same load (the order
// alternating, so neither always runs on a machine the other just warmed or heated), the server's Graph
// requests and CPU time read around every phase; then answers one at a time, each one's Graph requests counted.
import { CaptureConnector, type Reply } from './connector';
import { conversations, merge, roundTrip, runPhase, type BotTarget, type Phase } from './load';
import type { BotBenchResult, Spread } from './report';
import type { ServerProcess } from './server-process';
import type { GraphCounts } from './shared';

export interface BotLoad {
  conversations: number;
  activities: number;
  rounds: number;
  maxMs: number;
  warmUp: number;
  sequential: number;
  progress: (text: string) => void;
}

type Measured = Pick<
  BotBenchResult,
  'echo' | 'samen' | 'serverCpuMsPerActivity' | 'ratio' | 'graph' | 'samenAnswersWithPeople'
>;

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

function echoTarget(url: string): BotTarget {
  return {
    label: 'echo',
    url,
    check: (reply, text) => {
      if (reply.text !== text) throw new Error(`the echo bot answered ${JSON.stringify(reply.text)}`);
    },
  };
}

/** Samen answers with one Adaptive Card; an apology (it carries a reference) is a failure, not an answer. */
function samenTarget(url: string, withPeople: { count: number }): BotTarget {
  return {
    label: 'Samen',
    url,
    check: (reply: Reply) => {
      const attachments = reply.attachments as Array<{ contentType?: string; content?: unknown }> | undefined;
      if (attachments?.length !== 1 || attachments[0]?.contentType !== ADAPTIVE_CARD)
        throw new Error(`Samen answered without a card: ${JSON.stringify(reply).slice(0, 200)}`);
      const card = JSON.stringify(attachments[0].content);
      if (card.includes('Reference:') || card.includes('Referentie:'))
        throw new Error(`Samen apologised: ${card.slice(0, 300)}`);
      // Every person on a results card has a Teams chat link naming them.
      if (card.includes('users=')) withPeople.count += 1;
    },
  };
}

const NONE: GraphCounts = { presence: 0, other: 0, otherByPath: {} };

function combine(a: GraphCounts, b: GraphCounts, sign: 1 | -1): GraphCounts {
  const otherByPath = { ...a.otherByPath };
  for (const [key, n] of Object.entries(b.otherByPath)) otherByPath[key] = (otherByPath[key] ?? 0) + sign * n;
  for (const [key, n] of Object.entries(otherByPath)) if (n === 0) delete otherByPath[key];
  return { presence: a.presence + sign * b.presence, other: a.other + sign * b.other, otherByPath };
}

function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return { min: Math.min(...values), max: Math.max(...values), mean };
}

/** What the timed rounds gathered for one bot. */
interface BotRecord {
  target: BotTarget;
  talking: ReturnType<typeof conversations>;
  phases: Phase[];
  graph: GraphCounts;
  serverCpuMs: number;
}

class Bench {
  /** Activity ids (and so the questions asked) continue across phases: no two activities share an id. */
  private index = 0;

  constructor(
    private readonly server: ServerProcess,
    private readonly connector: CaptureConnector,
    private readonly texts: readonly string[],
    private readonly load: BotLoad,
  ) {}

  async phase(bot: BotRecord, activities: number): Promise<Phase> {
    const limits = { activities, maxMs: this.load.maxMs };
    const done = await runPhase(bot.target, this.connector, bot.talking, this.texts, limits, this.index);
    this.index += done.latencies.length + done.errors;
    return done;
  }

  /** A timed phase, with the server's Graph requests and CPU time over it added to the bot's record. */
  async timed(bot: BotRecord): Promise<void> {
    const before = await this.server.counters();
    bot.phases.push(await this.phase(bot, this.load.activities));
    const after = await this.server.counters();
    bot.graph = combine(bot.graph, combine(after.graph, before.graph, -1), 1);
    bot.serverCpuMs += after.cpuMs - before.cpuMs;
  }

  /** Samen's answers one at a time: each one's Graph requests, by kind. */
  async oneAtATime(samen: BotTarget): Promise<{ presence: number[]; other: number[] }> {
    const perAnswer = { presence: [] as number[], other: [] as number[] };
    const [alone] = conversations('samen-alone', 1);
    for (let i = 0; i < this.load.sequential; i += 1) {
      const before = await this.server.counters();
      await roundTrip(samen, this.connector, alone!, this.index, this.texts[this.index % this.texts.length]!);
      this.index += 1;
      const delta = combine((await this.server.counters()).graph, before.graph, -1);
      perAnswer.presence.push(delta.presence);
      perAnswer.other.push(delta.other);
    }
    return perAnswer;
  }
}

export async function measureBots(
  server: ServerProcess,
  texts: readonly string[],
  load: BotLoad,
): Promise<Measured> {
  const connector = await CaptureConnector.start();
  try {
    return await measureWith(new Bench(server, connector, texts, load), server, load);
  } finally {
    await connector.close();
  }
}

async function measureWith(bench: Bench, server: ServerProcess, load: BotLoad): Promise<Measured> {
  const withPeople = { count: 0 };
  const record = (target: BotTarget, label: string): BotRecord => ({
    target,
    talking: conversations(label, load.conversations),
    phases: [],
    graph: NONE,
    serverCpuMs: 0,
  });
  const echo = record(echoTarget(server.ready.echoUrl), 'echo');
  const samen = record(samenTarget(server.ready.samenUrl, withPeople), 'samen');

  load.progress(`warming up both bots (${load.warmUp} activities each)…`);
  for (const bot of [echo, samen]) if (load.warmUp > 0) await bench.phase(bot, load.warmUp);
  withPeople.count = 0;
  for (let round = 0; round < load.rounds; round += 1) {
    for (const bot of round % 2 === 0 ? [echo, samen] : [samen, echo]) {
      load.progress(`round ${round + 1} of ${load.rounds}: ${bot.target.label}…`);
      await bench.timed(bot);
    }
  }
  const samenAnswersWithPeople = withPeople.count;
  load.progress(`${load.sequential} Samen answers one at a time, Graph requests counted for each…`);
  const perAnswer = await bench.oneAtATime(samen.target);
  return { ...summary(echo, samen, perAnswer), samenAnswersWithPeople };
}

function summary(echo: BotRecord, samen: BotRecord, perAnswer: { presence: number[]; other: number[] }) {
  const echoM = merge(echo.phases);
  const samenM = merge(samen.phases);
  const answers = samenM.completed;
  const ratioOf = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
  const cpu = {
    echo: echoM.completed > 0 ? echo.serverCpuMs / echoM.completed : null,
    samen: answers > 0 ? samen.serverCpuMs / answers : null,
  };
  return {
    echo: echoM,
    samen: samenM,
    serverCpuMsPerActivity: cpu,
    ratio: {
      activitiesPerSecond: ratioOf(samenM.perSecond, echoM.perSecond) ?? 0,
      p50: ratioOf(samenM.latencyMs.p50, echoM.latencyMs.p50),
      p95: ratioOf(samenM.latencyMs.p95, echoM.latencyMs.p95),
      serverCpuPerActivity: ratioOf(cpu.samen, cpu.echo),
    },
    graph: {
      concurrent: {
        answers,
        counts: samen.graph,
        presencePerAnswer: answers > 0 ? samen.graph.presence / answers : 0,
        otherPerAnswer: answers > 0 ? samen.graph.other / answers : 0,
      },
      duringEcho: echo.graph,
      sequential: {
        answers: perAnswer.presence.length,
        presence: spread(perAnswer.presence),
        other: spread(perAnswer.other),
      },
    },
  };
}
