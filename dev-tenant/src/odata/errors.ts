/**
 * The one error type of the OData module. `kind` tells the caller which Graph answer to give:
 * - `syntax`          → 400 (Request_BadRequest / invalidRequest)
 * - `unsupported`     → 400 Request_UnsupportedQuery (lambda operators, unknown functions, ...)
 * - `unknownProperty` → 400 (Graph: "Could not find a property named ...")
 * - `typeMismatch`    → 400 (Graph: "A binary operator with incompatible types was detected ...")
 * - `invalidTop`      → 400 ("Invalid page size specified ...")
 */
export type ODataErrorKind = 'syntax' | 'unsupported' | 'unknownProperty' | 'typeMismatch' | 'invalidTop';

export interface ODataErrorDetails {
  /** 0-based character offset in the query option's text, when the error has a location. */
  position?: number;
  /** The property path concerned (unknownProperty, typeMismatch). */
  path?: string[];
}

export class ODataError extends Error {
  override readonly name = 'ODataError';
  readonly kind: ODataErrorKind;
  readonly position?: number;
  readonly path?: string[];

  constructor(kind: ODataErrorKind, message: string, details: ODataErrorDetails = {}) {
    super(message);
    this.kind = kind;
    if (details.position !== undefined) this.position = details.position;
    if (details.path !== undefined) this.path = details.path;
  }
}

/** The text being parsed, with the label used in messages ("filter" → "Invalid filter clause: ..."). */
export interface Source {
  label: string;
  text: string;
}

/** Prefix every message about a clause the way Graph does: "Invalid filter clause: ...". */
export function clauseMessage(label: string, detail: string): string {
  return `Invalid ${label} clause: ${detail}`;
}

/**
 * A syntax error in ODataLib's words, e.g.
 * "Invalid filter clause: Syntax error: character ')' is not valid at position 18 in 'displayName eq 'x')'.
 *  Expected 'and', 'or' or the end of the clause."
 */
export function syntaxError(source: Source, position: number, problem: string, hint?: string): ODataError {
  const where = `Syntax error: ${problem} at position ${position} in '${source.text}'.`;
  const message = clauseMessage(source.label, hint === undefined ? where : `${where} ${hint}`);
  return new ODataError('syntax', message, { position });
}
