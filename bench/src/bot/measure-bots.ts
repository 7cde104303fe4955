// The measuring itself: warm both bots up, then rounds in which each bot gets the same load (the order
// alternating, so neither always runs on a machine the other just warmed or heated), Graph requests counted
// around every Samen phase; then answers one at a time, each one's Graph requests counted exactly.
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

type Measured = Pick<BotBenchResult, 'echo' | 'samen' | 'ratio' | 'graph' | 'samenAnswersWithPeople'>;

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

const minus = (after: GraphCounts, before: GraphCounts): GraphCounts => ({
  presence: after.presence - before.presence,
  other: after.other - before.other,
  otherByPath: Object.fromEntries(
    Object.entries(after.otherByPath)
      .map(([key, n]) => [key, n - (before.otherByPath[key] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  ),
});

function plus(a: GraphCounts, b: GraphCounts): GraphCounts {
  const otherByPath = { ...a.otherByPath };
  for (const [key, n] of Object.entries(b.otherByPath)) otherByPath[key] = (otherByPath[key] ?? 0) + n;
  return { presence: a.presence + b.presence, other: a.other + b.other, otherByPath };
}

const NONE: GraphCounts = { presence: 0, other: 0, otherByPath: {} };

function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  return {
    min: Math.min(...values),
    max: Math.max(...values),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}

export async function measureBots(
  server: ServerProcess,
  texts: readonly string[],
  load: BotLoad,
): Promise<Measured> {
  const connector = await CaptureConnector.start();
  try {
    return await measureWith(server, connector, texts, load);
  } finally {
    await connector.close();
  }
}

async function measureWith(
  server: ServerProcess,
  connector: CaptureConnector,
  texts: readonly string[],
  load: BotLoad,
): Promise<Measured> {
  const withPeople = { count: 0 };
  const echo = echoTarget(server.ready.echoUrl);
  const samen = samenTarget(server.ready.samenUrl, withPeople);
  const talking = new Map([
    [echo, conversations('echo', load.conversations)],
    [samen, conversations('samen', load.conversations)],
  ]);
  // Activity ids (and so the questions asked) continue across phases: no two activities share an id.
  let index = 0;
  const phase = async (target: BotTarget, activities: number): Promise<Phase> => {
    const limits = { activities, maxMs: load.maxMs };
    const done = await runPhase(target, connector, talking.get(target)!, texts, limits, index);
    index += done.latencies.length + done.errors;
    return done;
  };

  load.progress(`warming up both bots (${load.warmUp} activities each)…`);
  for (const target of [echo, samen]) if (load.warmUp > 0) await phase(target, load.warmUp);
  withPeople.count = 0;

  const phases = new Map<BotTarget, Phase[]>([
    [echo, []],
    [samen, []],
  ]);
  let concurrentCounts = NONE;
  let duringEcho = NONE;
  for (let round = 0; round < load.rounds; round += 1) {
    const order = round % 2 === 0 ? [echo, samen] : [samen, echo];
    for (const target of order) {
      load.progress(`round ${round + 1} of ${load.rounds}: ${target.label}…`);
      const before = await server.graphCounts();
      phases.get(target)!.push(await phase(target, load.activities));
      const delta = minus(await server.graphCounts(), before);
      if (target === samen) concurrentCounts = plus(concurrentCounts, delta);
      else duringEcho = plus(duringEcho, delta);
    }
  }
  const samenAnswersWithPeople = withPeople.count;

  load.progress(`${load.sequential} Samen answers one at a time, Graph requests counted for each…`);
  const perAnswer = { presence: [] as number[], other: [] as number[] };
  const [alone] = conversations('samen-alone', 1);
  for (let i = 0; i < load.sequential; i += 1) {
    const before = await server.graphCounts();
    await roundTrip(samen, connector, alone!, index, texts[index % texts.length]!);
    index += 1;
    const delta = minus(await server.graphCounts(), before);
    perAnswer.presence.push(delta.presence);
    perAnswer.other.push(delta.other);
  }

  const echoM = merge(phases.get(echo)!);
  const samenM = merge(phases.get(samen)!);
  const answers = samenM.completed;
  const ratioOf = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
  return {
    echo: echoM,
    samen: samenM,
    ratio: {
      activitiesPerSecond: echoM.perSecond > 0 ? samenM.perSecond / echoM.perSecond : 0,
      p50: ratioOf(samenM.latencyMs.p50, echoM.latencyMs.p50),
      p95: ratioOf(samenM.latencyMs.p95, echoM.latencyMs.p95),
    },
    graph: {
      concurrent: {
        answers,
        counts: concurrentCounts,
        presencePerAnswer: answers > 0 ? concurrentCounts.presence / answers : 0,
        otherPerAnswer: answers > 0 ? concurrentCounts.other / answers : 0,
      },
      duringEcho,
      sequential: {
        answers: load.sequential,
        presence: spread(perAnswer.presence),
        other: spread(perAnswer.other),
      },
    },
    samenAnswersWithPeople,
  };
}
