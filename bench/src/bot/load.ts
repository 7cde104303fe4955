// The load: conversations that each send a message, wait for the bot's reply at the connector, and send the
// next — as people in a chat do, so at most one message per conversation is in flight. A round trip is timed
// from the activity POSTed to /api/messages to its reply received at the connector.
import { randomUUID } from 'node:crypto';
import { summarise, type Measurement } from '../measure';
import type { CaptureConnector, Reply } from './connector';

export interface BotTarget {
  label: string;
  /** The bot's base URL; activities go to `${url}/api/messages`. */
  url: string;
  /** Throws when a reply is not what this bot should answer to `text`. */
  check: (reply: Reply, text: string) => void;
}

export interface Conversation {
  id: string;
  userId: string;
  aadObjectId: string;
}

export interface PhaseLimits {
  activities: number;
  maxMs: number;
}

/** One phase's raw figures; phases of the same bot are merged into one Measurement. */
export interface Phase {
  latencies: number[];
  errors: number;
  errorSamples: string[];
  durationMs: number;
  cpuMs: number;
  stoppedBy: 'count' | 'time';
}

const MAX_ERROR_SAMPLES = 3;

export function conversations(label: string, count: number): Conversation[] {
  return Array.from({ length: count }, (_, c) => ({
    id: `a:bench-${label}-${c}`,
    userId: `29:bench-user-${c}`,
    // Teams sends the user's Entra object id; one nobody in the tenant has, so no one is left out of answers.
    aadObjectId: randomUUID(),
  }));
}

function activity(connectorUrl: string, conversation: Conversation, id: string, text: string) {
  return {
    type: 'message',
    id,
    text,
    locale: 'en-US',
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    conversation: { id: conversation.id, conversationType: 'personal' },
    from: { id: conversation.userId, aadObjectId: conversation.aadObjectId },
    recipient: { id: '28:samen-bench' },
  };
}

/** POSTs an activity; the HTTP answer comes back once the bot's turn (and so its reply) is done. */
async function post(url: string, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** Sends one message and resolves with its round trip in ms, once the reply reached the connector. */
export async function roundTrip(
  target: BotTarget,
  connector: CaptureConnector,
  conversation: Conversation,
  index: number,
  text: string,
): Promise<number> {
  const id = `activity-${index}`;
  let received: { reply: Reply; at: number } | undefined;
  const reply = connector.replyTo(conversation.id, id).then((body) => {
    received = { reply: body, at: performance.now() };
  });
  const start = performance.now();
  const answer = await post(target.url, activity(connector.url, conversation, id, text)).catch(
    (error: unknown) => {
      connector.forget(conversation.id, id);
      throw error;
    },
  );
  // botbuilder answers the POST after the turn, so a reply that was sent has arrived by now.
  if (!received) {
    connector.forget(conversation.id, id);
    throw new Error(`no reply to ${id} (HTTP ${answer.status} ${answer.text.slice(0, 200)})`);
  }
  await reply;
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
  target.check(received.reply, text);
  return received.at - start;
}

/** Every conversation talks at once until `limits` are reached; indexes continue from `firstIndex`. */
export async function runPhase(
  target: BotTarget,
  connector: CaptureConnector,
  talking: readonly Conversation[],
  texts: readonly string[],
  limits: PhaseLimits,
  firstIndex: number,
): Promise<Phase> {
  const phase: Phase = {
    latencies: [],
    errors: 0,
    errorSamples: [],
    durationMs: 0,
    cpuMs: 0,
    stoppedBy: 'count',
  };
  let started = 0;
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const deadline = begin + limits.maxMs;
  const talk = async (conversation: Conversation) => {
    while (started < limits.activities && performance.now() < deadline) {
      const index = firstIndex + started;
      started += 1;
      try {
        phase.latencies.push(
          await roundTrip(target, connector, conversation, index, texts[index % texts.length]!),
        );
      } catch (error) {
        phase.errors += 1;
        if (phase.errorSamples.length < MAX_ERROR_SAMPLES)
          phase.errorSamples.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(talking.map(talk));
  phase.durationMs = performance.now() - begin;
  const cpu = process.cpuUsage(cpuBefore);
  phase.cpuMs = (cpu.user + cpu.system) / 1000;
  phase.stoppedBy = started >= limits.activities ? 'count' : 'time';
  return phase;
}

/** Phases of one bot as one Measurement: activities per second over their summed wall time. */
export function merge(phases: readonly Phase[]): Measurement {
  const latencies = phases.flatMap((p) => p.latencies);
  const errors = phases.reduce((sum, p) => sum + p.errors, 0);
  const durationMs = phases.reduce((sum, p) => sum + p.durationMs, 0);
  const cpuMs = phases.reduce((sum, p) => sum + p.cpuMs, 0);
  const completed = latencies.length + errors;
  return {
    completed,
    errors,
    errorSamples: phases.flatMap((p) => p.errorSamples).slice(0, MAX_ERROR_SAMPLES),
    durationMs,
    perSecond: durationMs > 0 ? (completed * 1000) / durationMs : 0,
    latencyMs: summarise(latencies),
    stoppedBy: phases.some((p) => p.stoppedBy === 'time') ? 'time' : 'count',
    clientCpuPercent: durationMs > 0 ? (cpuMs * 100) / durationMs : 0,
  };
}
