// Entry point of `npm run service` (bot/dist/main.js). All decisions are in launch.ts, which tests drive
// without a process; this file only binds it to the real process.
import { resolve } from 'node:path';
import { launch } from './launch';

launch({
  env: process.env,
  repoRoot: resolve(__dirname, '..', '..'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (launched) => {
    if ('exitCode' in launched) {
      process.exitCode = launched.exitCode;
      return;
    }
    const stop = () => void launched.service.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
