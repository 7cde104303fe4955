// `npm run bench -- bot`: Samen's bot beside a bare echo bot on the same stack, in one run, under the same
// load (conversations talking at once through a capture connector), and Graph requests per answer.
import { generateOrganisation } from '@samen/dev-tenant/seed';
import { relative } from 'node:path';
import { describeOptions, parseIntegerOptions } from '../cli';
import { startDevTenant } from '../dev-tenant';
import { machineInfo, writeResult } from '../results';
import { formatNumber } from '../table';
import { DOMAIN, TENANT_SEED, levelsBySkill, querySet } from '../talent/queries';
import { measureBots } from './measure-bots';
import { formatBotReport, TARGETS, type BotBenchResult } from './report';
import { ServerProcess } from './server-process';

const OPTIONS = [
  { name: 'people', help: 'people in the dev tenant', fallback: 1500, min: 10, max: 100_000 },
  { name: 'conversations', help: 'conversations talking at once', fallback: 20, min: 1, max: 1000 },
  { name: 'activities', help: 'timed activities per bot per round', fallback: 1000, min: 1, max: 1_000_000 },
  {
    name: 'rounds',
    help: 'rounds, each timing both bots in alternating order',
    fallback: 3,
    min: 1,
    max: 100,
  },
  { name: 'seconds', help: 'time cap per bot per round', fallback: 10, min: 1, max: 3600 },
  { name: 'warm-up', help: 'untimed activities per bot first', fallback: 200, min: 0, max: 100_000 },
  {
    name: 'sequential',
    help: 'answers asked one at a time to count Graph requests',
    fallback: 50,
    min: 1,
    max: 10_000,
  },
] as const;

export const BOT_USAGE = {
  summary:
    'the bot: activities/s and p50/p95 of concurrent conversations, Samen beside an echo bot; Graph requests per answer',
  options: describeOptions(OPTIONS),
};

/** The dev tenant allows this many presence calls; high, so Graph's throttling does not stand in for the bot. */
const PRESENCE_CALLS_PER_30S = 1_000_000;

const progress = (text: string) => console.error(`bench bot: ${text}`);

/** Questions as people type them, about the seed's skills: English, Dutch and alias names. */
function questions(people: number): string[] {
  const org = generateOrganisation({ seed: TENANT_SEED, people, domain: DOMAIN });
  return querySet(org, levelsBySkill(org)).map((q) =>
    q.language === 'nl' ? `wie weet iets van ${q.text}?` : `who knows about ${q.text}?`,
  );
}

export async function runBotSuite(args: string[]): Promise<void> {
  const options = parseIntegerOptions(args, OPTIONS);
  const begin = performance.now();
  const date = new Date().toISOString();
  const machine = machineInfo();
  progress(`starting a dev tenant with ${formatNumber(options.people)} people…`);
  const tenant = await startDevTenant({
    people: options.people,
    presenceCallsPer30s: PRESENCE_CALLS_PER_30S,
  });
  let result: BotBenchResult;
  try {
    progress('provisioning, then the Samen service (index from Graph) and the echo bot…');
    const server = await ServerProcess.start(
      { tenantJsonPath: tenant.tenantJsonPath },
      tenant.info.caCertPath,
    );
    try {
      const texts = questions(options.people);
      const measured = await measureBots(server, texts, {
        conversations: options.conversations,
        activities: options.activities,
        rounds: options.rounds,
        maxMs: options.seconds * 1000,
        warmUp: options['warm-up'],
        sequential: options.sequential,
        progress,
      });
      const { ready } = server;
      result = {
        suite: 'bot',
        date,
        machine,
        settings: {
          people: options.people,
          conversations: options.conversations,
          activitiesPerBotPerRound: options.activities,
          rounds: options.rounds,
          maxSecondsPerBotPerRound: options.seconds,
          warmUpActivitiesPerBot: options['warm-up'],
          sequentialAnswers: options.sequential,
          tenantPresenceCallsPer30s: PRESENCE_CALLS_PER_30S,
          measured:
            'from the activity POSTed to /api/messages to its reply received at the capture connector',
        },
        setup: {
          provisionSeconds: ready.provisionSeconds,
          serviceStartSeconds: ready.serviceStartSeconds,
          indexedPeople: ready.indexedPeople,
          questions: texts.length,
        },
        targets: TARGETS,
        ...measured,
        totalSeconds: 0,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await tenant.stop();
  }
  result.totalSeconds = (performance.now() - begin) / 1000;
  const file = writeResult('bot', result);
  console.log(formatBotReport(result));
  console.log(`\nwritten to ${relative(process.cwd(), file)}`);
}
