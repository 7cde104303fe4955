import { clauseMessage, ODataError, Source, syntaxError } from './errors';
import { Lexer, Token } from './lexer';

/** Words that are operators or literals in OData. Graph accepts them in lower case only. */
const RESERVED_WORDS = new Set([
  'eq',
  'ne',
  'lt',
  'gt',
  'le',
  'ge',
  'and',
  'or',
  'not',
  'in',
  'has',
  'true',
  'false',
  'null',
  'asc',
  'desc',
]);

const LAMBDA_OPERATORS = new Set(['any', 'all']);

/** `word` must already be lower case. */
export function isReservedWord(word: string): boolean {
  return RESERVED_WORDS.has(word);
}

/** `word` must already be lower case. */
export function isLambdaOperator(word: string): boolean {
  return LAMBDA_OPERATORS.has(word);
}

/** A cursor over the tokens of one clause, with the helpers both the $filter and the $orderby parser need. */
export class TokenStream {
  private readonly lexer: Lexer;
  /** Tokens read ahead of the cursor (at most two: the parsers look one token ahead). */
  private readonly lookahead: Token[] = [];

  constructor(readonly source: Source) {
    this.lexer = new Lexer(source);
  }

  peek(offset = 0): Token {
    while (this.lookahead.length <= offset) this.lookahead.push(this.lexer.nextToken());
    return this.lookahead[offset] as Token;
  }

  next(): Token {
    const token = this.peek();
    this.lookahead.shift();
    return token;
  }

  /** Is the current token the (lower-case) word `word`? */
  atWord(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'identifier' && token.text === word;
  }

  atPunctuation(char: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punctuation' && token.text === char;
  }

  atEnd(): boolean {
    return this.peek().kind === 'end';
  }

  /** Consumes `word` if it is the current token. */
  acceptWord(word: string): boolean {
    if (!this.atWord(word)) return false;
    this.next();
    return true;
  }

  expectPunctuation(char: string, expected = `'${char}'`): Token {
    if (!this.atPunctuation(char)) throw this.unexpected(expected);
    return this.next();
  }

  expectEnd(expected: string): void {
    if (!this.atEnd()) throw this.unexpected(expected);
  }

  /**
   * The error for the current token when `expected` was wanted. An operator in the wrong case (`EQ`, `And`)
   * gets its own hint, because that is the likely mistake.
   */
  unexpected(expected: string, token: Token = this.peek()): ODataError {
    if (token.kind === 'end') {
      return syntaxError(this.source, token.position, 'the clause ends too early', `Expected ${expected}.`);
    }
    const problem =
      token.text.length === 1 ? `character '${token.text}' is not valid` : `'${token.text}' is not valid`;
    const lower = token.text.toLowerCase();
    if (token.kind === 'identifier' && RESERVED_WORDS.has(lower) && lower !== token.text) {
      return syntaxError(
        this.source,
        token.position,
        problem,
        `Operators and keywords are lower case: write '${lower}'.`,
      );
    }
    return syntaxError(this.source, token.position, problem, `Expected ${expected}.`);
  }

  /** A property path: `displayName`, `fields/Title`. Lambda operators (`x/any(...)`) are rejected as unsupported. */
  parsePath(): string[] {
    const path = [this.parseSegment()];
    while (this.atPunctuation('/')) {
      this.next();
      path.push(this.parseSegment());
    }
    return path;
  }

  private parseSegment(): string {
    const token = this.peek();
    if (token.kind !== 'identifier') throw this.unexpected('a property name');
    const name = token.text;
    if (LAMBDA_OPERATORS.has(name.toLowerCase()) && this.atPunctuation('(', 1)) {
      throw this.unsupported(`The lambda operator '${name}' is not supported.`, token);
    }
    if (RESERVED_WORDS.has(name.toLowerCase())) throw this.unexpected('a property name');
    this.next();
    return name;
  }

  unsupported(detail: string, token: Token = this.peek()): ODataError {
    return new ODataError('unsupported', clauseMessage(this.source.label, detail), {
      position: token.position,
    });
  }
}
