import type { Measurement } from '../measure';

/** Graph's documented per-app limit for getPresencesByUserId, which the bench tenant lifts. */
export const GRAPH_PRESENCE_CALLS_PER_30S = 1_500;

/** Enough for connections, the JIT and SQLite's page cache, short enough not to eat the time budget. */
export const WARM_UP = { count: 50, maxDurationMs: 2_000 };

/** What the suite hands the measuring child process. */
export interface MeasurerInput {
  tenantJsonPath: string;
  requests: number;
  concurrency: number;
  maxSeconds: number;
}

export interface ScenarioResult {
  key: 'itemCreate' | 'itemQuery' | 'userPage' | 'presenceBatch';
  label: string;
  /** The request as sent, with placeholders for what varies. */
  request: string;
  /** What a reader needs to interpret the figure (data size, limits that real Graph would apply). */
  note: string;
  /** What one request carries when it is more than one thing (650 presences), for a per-thing rate. */
  perRequest?: { count: number; unit: string };
  measurement: Measurement;
}

/** What the measuring child sends back. */
export interface MeasurerOutput {
  setup: {
    /** Items in the queried list when the query scenario ran. */
    listItems: number;
    /** Time spent filling the list up to that size with $batch (not a scenario, but a cost worth seeing). */
    fillSeconds: number;
    /** Items and whether fields came with them, in one query answer: a check that the query did its job. */
    queryAnswerItems: number;
    queryAnswerHasFields: boolean;
    userPages: number;
    presenceIdsPerCall: number;
  };
  scenarios: ScenarioResult[];
}
