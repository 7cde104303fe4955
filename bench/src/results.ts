import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';

/** bench/results: ignored by git, because figures belong to a machine and a moment, not to the source. */
export const RESULTS_DIR = resolve(__dirname, '..', 'results');

/** Writes `bench/results/<suite>.json` and returns its path. */
export function writeResult(suite: string, result: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = resolve(RESULTS_DIR, `${suite}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalMemoryGiB: number;
  os: string;
  node: string;
  /** 1, 5 and 15 minute load averages when the suite started: other work on the machine skews figures. */
  loadAverage: number[];
}

/** What a figure depends on besides the code: numbers without it cannot be compared. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
