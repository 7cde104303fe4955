// What the bot bench's two processes say to each other: the suite (the load, the connector) and the server
// child (the Samen service and the echo bot), over Node's IPC channel.

/** The server child's input, as its one command-line argument (JSON). */
export interface ServerInput {
  tenantJsonPath: string;
}

/** Graph requests the Samen service sent since it started, by kind. */
export interface GraphCounts {
  presence: number;
  other: number;
  /** The other requests by method and path, so a stray one says what it was. */
  otherByPath: Record<string, number>;
}

export type ServerMessage =
  | {
      kind: 'ready';
      samenUrl: string;
      echoUrl: string;
      indexedPeople: number;
      provisionSeconds: number;
      serviceStartSeconds: number;
    }
  | { kind: 'counters'; counters: ServerCounters };

/** What the server has done since it started: Graph requests, and CPU time (both bots share the process). */
export interface ServerCounters {
  graph: GraphCounts;
  cpuMs: number;
}

export type SuiteMessage = { kind: 'counters' } | { kind: 'stop' };

/** Graph's presence lookup for many people: the one request an answer should cost. */
export const PRESENCE_PATH = /\/communications\/getPresencesByUserId$/;
