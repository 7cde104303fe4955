// What the suite's children are given and answer (through IPC, so plain JSON).
import type { LatencySummary } from '../measure';
import type { SeedCounts } from './seeder';

/** Graph requests by what they are for: the API's page should show presence only. */
export type RequestCounts = Record<string, number>;

export interface ApiInput {
  tenantJsonPath: string;
  seed: number;
  people: number;
  /** Posts already in the lists (an earlier stage), and the total this stage tops them up to. */
  seededPosts: number;
  posts: number;
  /** The seed's "now" (ISO), shared by the stages so that post times line up. */
  seedNow: string;
  pages: number;
  deltaWrites: number;
  maxSeconds: number;
}

export interface Seeding {
  seconds: number;
  rows: SeedCounts;
  rowsPerSecond: number;
}

export interface RoundCost {
  ms: number;
  graphRequests: RequestCounts;
}

export interface FirstRound extends RoundCost {
  /** Heap the read model and the source's memory of delivered rows hold, after a full GC. */
  heapMiB: number;
  postsInModel: number;
}

export interface ServiceStart extends RoundCost {
  /** The service process's heap after start (talent index, feed read model, the bench's own small share). */
  heapUsedMiB: number;
}

export interface ViewScenario {
  view: string;
  request: string;
  itemsPerPage: number;
  latency: LatencySummary;
  measured: number;
  /** Graph requests per page, by kind: mean over the measured pages, and the largest total seen. */
  graphRequestsPerPage: RequestCounts;
  maxGraphRequestsPerPage: number;
}

export interface DeltaRound extends RoundCost {
  label: string;
  /** Rows another writer added just before the round. */
  written: number;
  postsInModel: number;
}

export interface BaselineScenario {
  label: string;
  how: string;
  latency: LatencySummary;
  measured: number;
  requestsPerPage: number;
  /** Requests one after another: what the reader waits for. */
  roundTrips: number;
  /** Sub-requests in `$batch`es, which Graph throttles each as a request. */
  subRequestsPerPage: number;
}

export interface ApiOutput {
  posts: number;
  seeding: Seeding;
  firstRound: FirstRound;
  serviceStart: ServiceStart;
  /** The reader's first page of a session: presence, and the moderators group once (cached five minutes). */
  readerFirstPage: RoundCost;
  views: ViewScenario[];
  delta: DeltaRound[];
  baseline: BaselineScenario[];
}

export interface ModelInput {
  seed: number;
  people: number;
  posts: number;
  pages: number;
  maxSeconds: number;
}

export interface ModelOutput {
  posts: number;
  rows: SeedCounts;
  buildMs: number;
  /** The same build with posts delivered newest first: the sorted lists' worst order. */
  newestFirstMs: number;
  heapMiB: number;
  views: Array<{ view: string; itemsPerPage: number; latency: LatencySummary; measured: number }>;
}
