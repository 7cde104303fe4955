import { BOT_USAGE, runBotSuite } from './bot';
import { UsageError } from './cli';
import { FEED_USAGE, runFeedSuite } from './feed';
import { TALENT_USAGE, runTalentSuite } from './talent';
import { TENANT_USAGE, runTenantSuite } from './tenant';

interface Suite {
  summary: string;
  options: string[];
  run: (args: string[]) => Promise<void>;
}

// A Map, not an object literal: `bench toString` must be an unknown suite, not Object.prototype's method.
const SUITES = new Map<string, Suite>([
  ['tenant', { ...TENANT_USAGE, run: runTenantSuite }],
  ['talent', { ...TALENT_USAGE, run: runTalentSuite }],
  ['bot', { ...BOT_USAGE, run: runBotSuite }],
  ['feed', { ...FEED_USAGE, run: runFeedSuite }],
]);

function usage(): string {
  const lines = [...SUITES].flatMap(([name, suite]) => [
    `  ${name}: ${suite.summary}`,
    ...suite.options.map((option) => `      ${option}`),
  ]);
  return ['usage: node bench/dist/index.js <suite> [options]', 'suites:', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const suite = name === undefined ? undefined : SUITES.get(name);
  if (!suite) {
    console.error(`${name === undefined ? 'no suite given' : `unknown suite '${name}'`}\n${usage()}`);
    return 2;
  }
  try {
    await suite.run(args);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${name}: ${error.message}\n${usage()}`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
