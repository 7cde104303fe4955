import { Source, syntaxError } from './errors';

/**
 * Tokens of `$filter` and `$orderby`. Keywords (eq, and, true, asc, ...) are plain identifiers here; the parsers
 * decide what an identifier means where it stands.
 */
export type TokenKind = 'identifier' | 'string' | 'number' | 'datetime' | 'guid' | 'punctuation' | 'end';

export interface Token {
  kind: TokenKind;
  /** The token as written (for strings: with quotes). */
  text: string;
  /** 0-based offset in the source text. */
  position: number;
  /** Decoded value of a string literal ('' → '). */
  value?: string;
}

const PUNCTUATION = new Set(['(', ')', ',', '/']);
const WHITESPACE = /\s/;
const IDENTIFIER_CHAR = /[A-Za-z0-9_]/;

// Order matters: a GUID or a date-time also starts like a number (or an identifier).
const GUID = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/y;
const DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;

const PATTERNS: ReadonlyArray<[RegExp, TokenKind]> = [
  [GUID, 'guid'],
  [DATETIME, 'datetime'],
  [NUMBER, 'number'],
  [IDENTIFIER, 'identifier'],
];

/**
 * Reads tokens on demand, so that errors come in text order: the parser reports a misplaced token before the
 * lexer reports a bad character further on. After the text, every call returns an 'end' token.
 * @throws ODataError('syntax') on a character that starts no token.
 */
export class Lexer {
  private position = 0;

  constructor(private readonly source: Source) {}

  nextToken(): Token {
    this.skipWhitespace();
    if (this.position >= this.source.text.length) return { kind: 'end', text: '', position: this.position };
    const token = readToken(this.source, this.position);
    this.position += token.text.length;
    return token;
  }

  private skipWhitespace(): void {
    while (WHITESPACE.test(this.source.text.charAt(this.position))) this.position += 1;
  }
}

function readToken(source: Source, position: number): Token {
  const char = source.text.charAt(position);
  if (PUNCTUATION.has(char)) return { kind: 'punctuation', text: char, position };
  if (char === "'") return readString(source, position);
  for (const [pattern, kind] of PATTERNS) {
    const text = matchAt(pattern, source.text, position);
    if (text !== undefined) return checkBoundary(source, { kind, text, position });
  }
  throw syntaxError(source, position, `character '${char}' is not valid`);
}

function matchAt(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text)?.[0];
}

/** A literal must not run into an identifier character: `12abc` or `2024-01-01T10:00:00Zx` are errors. */
function checkBoundary(source: Source, token: Token): Token {
  const after = token.position + token.text.length;
  const next = source.text.charAt(after);
  if (next !== '' && IDENTIFIER_CHAR.test(next)) {
    throw syntaxError(source, after, `character '${next}' is not valid`);
  }
  return token;
}

/** A single-quoted string; a quote inside is written twice ('O''Neil'). */
function readString(source: Source, start: number): Token {
  let value = '';
  let position = start + 1;
  while (position < source.text.length) {
    const char = source.text.charAt(position);
    if (char !== "'") {
      value += char;
      position += 1;
    } else if (source.text.charAt(position + 1) === "'") {
      value += "'";
      position += 2;
    } else {
      return { kind: 'string', text: source.text.slice(start, position + 1), position: start, value };
    }
  }
  throw syntaxError(
    source,
    start,
    'unterminated string literal',
    "A string must end with a single quote (write '' for a quote inside it).",
  );
}
