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
  | { kind: 'graph'; counts: GraphCounts };

export type SuiteMessage = { kind: 'graph' } | { kind: 'stop' };

/** Graph's presence lookup for many people: the one request an answer should cost. */
export const PRESENCE_PATH = /\/communications\/getPresencesByUserId$/;
