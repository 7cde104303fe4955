// What Samen's Graph adapters need from a Graph client, as a structural type: the official SDK's `Client`
// (createGraphClient in the Node entry), SPFx's MSGraphClientV3, a Teams tab's client over Nested App
// Authentication, or a test double all satisfy it. The SDK's `Client` class itself has private members, which
// make it nominal: adapters typed with it would accept nothing else (style.md, 3: hosts plug in structurally).

export const MICROSOFT_GRAPH = 'https://graph.microsoft.com/v1.0';

/** One request being built: OData options and headers, then one HTTP method. Answers are parsed JSON. */
export interface GraphRequestBuilder {
  select(properties: string | string[]): GraphRequestBuilder;
  expand(properties: string | string[]): GraphRequestBuilder;
  filter(filter: string): GraphRequestBuilder;
  top(n: number): GraphRequestBuilder;
  header(name: string, value: string): GraphRequestBuilder;
  get(): Promise<unknown>;
  post(body: unknown): Promise<unknown>;
  patch(body: unknown): Promise<unknown>;
  delete(): Promise<unknown>;
}

/**
 * A Graph client: a request for a path relative to its base URL (`/users/delta`) or for an absolute URL Graph
 * handed out (`@odata.nextLink`, `@odata.deltaLink`). A failed request rejects with an error that carries the
 * HTTP status as `statusCode` (and the response `headers`), as the SDK's GraphError does (graph-errors.ts).
 */
export interface GraphClient {
  api(path: string): GraphRequestBuilder;
}

/** Told about every HTTP request that really goes out to Graph (retries included), e.g. to count round trips. */
export type GraphRequestObserver = (method: string, url: string) => void;
