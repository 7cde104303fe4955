/**
 * The user on whose behalf a use case runs. It is built at the edge from a validated token (its subject), never
 * from a request body, and use cases take it as a parameter named `actor`.
 */
export interface Actor {
  /** Directory object id of the signed-in user. */
  readonly userId: string;
}
