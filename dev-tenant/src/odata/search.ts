import { ODataError, Source, syntaxError } from './errors';

/**
 * Directory `$search`: `"displayName:wa"`, `"displayName:wa" OR "mail:wa"`,
 * `"description:One" AND ("displayName:Video" OR "displayName:Drive")`.
 */
export type SearchClause =
  | { kind: 'term'; property: string; value: string }
  | { kind: 'and' | 'or'; left: SearchClause; right: SearchClause };

export interface SearchOptions {
  /**
   * Properties searched by tokens; every other property is matched with "starts with" on its whole value, as
   * Graph documents. Default: displayName and description.
   */
  tokenizedProperties?: readonly string[];
}

const DEFAULT_TOKENIZED_PROPERTIES: readonly string[] = ['displayName', 'description'];
const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FORM_HINT =
  'Each clause must be enclosed in double quotes and name a property: "property:value", e.g. "displayName:wa".';

type SearchToken =
  | { kind: 'quoted'; content: string; position: number }
  | { kind: 'word' | 'punctuation'; text: string; position: number }
  | { kind: 'end'; position: number };

/**
 * Parses `$search` (AND binds tighter than OR; both must be upper case; parentheses group). Inside a clause,
 * `\"` and `\\` stand for `"` and `\`.
 * @throws ODataError 'syntax', with Graph's required form "property:value" in the message.
 */
export function parseSearch(text: string): SearchClause {
  const parser = new SearchParser({ label: 'search', text });
  return parser.parse();
}

/**
 * Does a row match the search? `getValue(property)` reads the row's value; an array matches when an element does.
 *
 * Tokenized properties (displayName, description): the search value and the property value are both split into
 * tokens (see searchTokens); the row matches when every search token is the start of some value token, in any
 * order, case-insensitively ("wa" matches "Walter Adams" and "Adams, Walter"). Other properties: the property
 * value starts with the search value, case-insensitively ("mail:adele" matches "Adele.Vance@contoso.com").
 */
export function searchMatches(
  clause: SearchClause,
  getValue: (property: string) => unknown,
  options: SearchOptions = {},
): boolean {
  switch (clause.kind) {
    case 'and':
      return searchMatches(clause.left, getValue, options) && searchMatches(clause.right, getValue, options);
    case 'or':
      return searchMatches(clause.left, getValue, options) || searchMatches(clause.right, getValue, options);
    case 'term':
      return termMatches(clause, getValue(clause.property), options);
  }
}

/** Every property the search names, once each (so the caller can reject unsearchable ones). */
export function collectSearchProperties(clause: SearchClause): string[] {
  if (clause.kind === 'term') return [clause.property];
  return [...new Set([...collectSearchProperties(clause.left), ...collectSearchProperties(clause.right)])];
}

/**
 * Graph's documented tokenisation, lower-cased: words split on whitespace, on a change from lower to upper case
 * (`HelloWorld` → hello, world; `HELLOworld` stays one), between letters and digits (`hello123` → hello, 123),
 * and around symbols, each symbol being a token of its own. A word containing symbols also yields its letters and
 * digits joined (`hello.world` → hello, ., world, helloworld).
 */
export function searchTokens(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter((word) => word !== '')
    .flatMap(wordTokens)
    .map((token) => token.toLowerCase());
}

function wordTokens(word: string): string[] {
  const pieces = (word.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]/gu) ?? []).flatMap((piece) =>
    piece.split(/(?<=\p{Ll})(?=\p{Lu})/u),
  );
  const alphanumeric = pieces.filter((piece) => /^[\p{L}\p{N}]/u.test(piece));
  const hasSymbol = alphanumeric.length < pieces.length;
  return hasSymbol && alphanumeric.length > 1 ? [...pieces, alphanumeric.join('')] : pieces;
}

function termMatches(
  term: { property: string; value: string },
  value: unknown,
  options: SearchOptions,
): boolean {
  const tokenized = (options.tokenizedProperties ?? DEFAULT_TOKENIZED_PROPERTIES).includes(term.property);
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.some((element) => {
    const text = scalarText(element);
    if (text === undefined) return false;
    return tokenized
      ? tokensMatch(term.value, text)
      : text.toLowerCase().startsWith(term.value.toLowerCase());
  });
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function tokensMatch(search: string, text: string): boolean {
  const valueTokens = searchTokens(text);
  return searchTokens(search).every((wanted) => valueTokens.some((token) => token.startsWith(wanted)));
}

class SearchParser {
  private readonly tokens: SearchToken[];
  private index = 0;

  constructor(private readonly source: Source) {
    this.tokens = tokenizeSearch(source);
  }

  parse(): SearchClause {
    const clause = this.parseOr();
    const token = this.peek();
    if (token.kind !== 'end') throw this.unexpected(token, "'AND', 'OR' or the end of the search");
    return clause;
  }

  private peek(): SearchToken {
    return this.tokens[this.index] ?? { kind: 'end', position: this.source.text.length };
  }

  private take(): SearchToken {
    const token = this.peek();
    this.index += 1;
    return token;
  }

  private acceptOperator(operator: 'AND' | 'OR'): boolean {
    const token = this.peek();
    if (token.kind !== 'word' || token.text !== operator) return false;
    this.index += 1;
    return true;
  }

  private parseOr(): SearchClause {
    let left = this.parseAnd();
    while (this.acceptOperator('OR')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): SearchClause {
    let left = this.parsePrimary();
    while (this.acceptOperator('AND')) left = { kind: 'and', left, right: this.parsePrimary() };
    return left;
  }

  private parsePrimary(): SearchClause {
    const token = this.take();
    if (token.kind === 'quoted') return parseTerm(this.source, token);
    if (!isPunctuation(token, '(')) throw this.unexpected(token, 'a clause in double quotes');
    const inner = this.parseOr();
    const closing = this.take();
    if (!isPunctuation(closing, ')')) throw this.unexpected(closing, "')', 'AND' or 'OR'");
    return inner;
  }

  private unexpected(token: SearchToken, expected: string): ODataError {
    const hint = hintFor(token) ?? `Expected ${expected}.`;
    return syntaxError(this.source, token.position, describe(token), hint);
  }
}

function isPunctuation(token: SearchToken, char: string): boolean {
  return token.kind === 'punctuation' && token.text === char;
}

/** `"property:value"` → a term; the property must be an identifier and the value not empty. */
function parseTerm(source: Source, token: { content: string; position: number }): SearchClause {
  const colon = token.content.indexOf(':');
  const property = token.content.slice(0, colon).trim();
  const value = token.content.slice(colon + 1).trim();
  const clause = `'"${token.content}"'`;
  if (colon < 0 || !PROPERTY.test(property)) {
    throw syntaxError(source, token.position, `the clause ${clause} names no property`, FORM_HINT);
  }
  if (value === '') {
    throw syntaxError(source, token.position, `the clause ${clause} has no value to search for`, FORM_HINT);
  }
  return { kind: 'term', property, value };
}

function describe(token: SearchToken): string {
  switch (token.kind) {
    case 'end':
      return 'the search ends too early';
    case 'quoted':
      return 'a clause is not valid';
    case 'punctuation':
      return `character '${token.text}' is not valid`;
    case 'word':
      return `'${token.text}' is not valid`;
  }
}

/** A bare word is either an operator in the wrong case or a clause without quotes. */
function hintFor(token: SearchToken): string | undefined {
  if (token.kind !== 'word') return undefined;
  const upper = token.text.toUpperCase();
  if (upper === 'AND' || upper === 'OR') return `Logical operators must be upper case: write '${upper}'.`;
  return FORM_HINT;
}

function tokenizeSearch(source: Source): SearchToken[] {
  const tokens: SearchToken[] = [];
  let position = 0;
  while (position < source.text.length) {
    const char = source.text.charAt(position);
    if (/\s/.test(char)) {
      position += 1;
    } else if (char === '"') {
      const { content, end } = readQuoted(source, position);
      tokens.push({ kind: 'quoted', content, position });
      position = end;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: 'punctuation', text: char, position });
      position += 1;
    } else {
      const text = /[^\s"()]+/y;
      text.lastIndex = position;
      const word = text.exec(source.text)?.[0] ?? char;
      tokens.push({ kind: 'word', text: word, position });
      position += word.length;
    }
  }
  return tokens;
}

/** Reads `"..."` starting at `start`; returns the unescaped content and the offset after the closing quote. */
function readQuoted(source: Source, start: number): { content: string; end: number } {
  let content = '';
  let position = start + 1;
  while (position < source.text.length) {
    const char = source.text.charAt(position);
    const next = source.text.charAt(position + 1);
    if (char === '"') return { content, end: position + 1 };
    if (char === '\\' && (next === '"' || next === '\\')) {
      content += next;
      position += 2;
    } else {
      content += char;
      position += 1;
    }
  }
  throw syntaxError(source, start, 'unterminated clause', 'A clause must end with a double quote.');
}
