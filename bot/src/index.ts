// @samen/bot as a library: the Samen service without its process (main.ts is `npm run service`), for the
// benchmarks that run it in process.
export { ConfigError, loadConfig } from './config';
export type { ServiceConfig } from './config';
export { startService } from './service';
export type { RunningService, ServiceOptions } from './service';
// The service's express setup, so the bot bench's echo baseline runs on the same stack as Samen's endpoint.
export { createApp } from './http/app';
export type { ApiDeps } from './http/app';
export { Problems } from './http/problems';
