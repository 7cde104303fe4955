import {
  COMPARISON_OPERATORS,
  ComparisonOperator,
  FilterExpr,
  Literal,
  STRING_FUNCTIONS,
  StringFunction,
} from './ast';
import { syntaxError } from './errors';
import { Token } from './lexer';
import { isLambdaOperator, isReservedWord, TokenStream } from './token-stream';

/**
 * Parses Graph's `$filter` subset into a FilterExpr.
 *
 * Grammar (precedence from loosest to tightest: or < and < not < comparison):
 *   or         := and ('or' and)*
 *   and        := unary ('and' unary)*
 *   unary      := 'not' unary | primary
 *   primary    := '(' or ')' | function | predicate
 *   function   := ('startswith' | 'endswith' | 'contains') '(' path ',' string ')' [('eq' | 'ne') ('true' | 'false')]
 *   predicate  := path (comparisonOperator literal | 'in' '(' literal (',' literal)* ')')
 *   path       := identifier ('/' identifier)*
 *
 * `not` binds tighter than a comparison (as in OData), so it takes a parenthesised clause or a function:
 * `not(displayName eq 'x')`, `not startswith(displayName,'x')`. Operators must be lower case; function names are
 * matched case-insensitively because Graph's own documentation writes both `startswith` and `startsWith`.
 *
 * @throws ODataError kind 'syntax' (with position) or 'unsupported' (lambda operators `any`/`all`, other functions).
 */
export function parseFilter(text: string): FilterExpr {
  return new FilterParser(new TokenStream({ label: 'filter', text })).parse();
}

const CONNECTIVE_EXPECTED = "'and', 'or' or the end of the clause";
const OPERATOR_EXPECTED = "a comparison operator ('eq', 'ne', 'lt', 'gt', 'le', 'ge') or 'in'";
const LITERAL_EXPECTED = 'a literal (a quoted string, a number, true, false, null, a date-time or a GUID)';

class FilterParser {
  constructor(private readonly tokens: TokenStream) {}

  parse(): FilterExpr {
    if (this.tokens.atEnd()) throw this.tokens.unexpected('a filter expression');
    const expr = this.parseOr();
    this.tokens.expectEnd(CONNECTIVE_EXPECTED);
    return expr;
  }

  private parseOr(): FilterExpr {
    let left = this.parseAnd();
    while (this.tokens.acceptWord('or')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): FilterExpr {
    let left = this.parseUnary();
    while (this.tokens.acceptWord('and')) left = { kind: 'and', left, right: this.parseUnary() };
    return left;
  }

  private parseUnary(): FilterExpr {
    if (!this.tokens.atWord('not')) return this.parsePrimary();
    this.tokens.next();
    if (!this.tokens.atPunctuation('(') && !this.tokens.atWord('not') && !this.atFunctionCall()) {
      throw this.tokens.unexpected("'(' or a function after 'not' (write not(displayName eq 'x'))");
    }
    return { kind: 'not', operand: this.parseUnary() };
  }

  private parsePrimary(): FilterExpr {
    if (this.tokens.atPunctuation('(')) return this.parseParenthesised();
    if (this.atFunctionCall()) return this.parseFunctionCall();
    return this.parsePredicate();
  }

  private parseParenthesised(): FilterExpr {
    this.tokens.next();
    const inner = this.parseOr();
    this.tokens.expectPunctuation(')', `')', 'and' or 'or'`);
    return inner;
  }

  /** An identifier directly followed by '(' (a lambda after a '/' is caught by parsePath instead). */
  private atFunctionCall(): boolean {
    return this.tokens.peek().kind === 'identifier' && this.tokens.atPunctuation('(', 1);
  }

  private parseFunctionCall(): FilterExpr {
    const nameToken = this.tokens.next();
    const name = toStringFunction(nameToken, this.tokens);
    this.tokens.expectPunctuation('(');
    const path = this.tokens.parsePath();
    this.tokens.expectPunctuation(',');
    const value = this.parseStringArgument(name);
    this.tokens.expectPunctuation(')');
    const call: FilterExpr = { kind: 'function', name, path, value };
    return this.parseBooleanSuffix(call);
  }

  private parseStringArgument(name: StringFunction): string {
    const token = this.tokens.peek();
    if (token.kind !== 'string') {
      throw this.tokens.unexpected(`a quoted string as the second argument of '${name}'`);
    }
    this.tokens.next();
    return token.value ?? '';
  }

  /** `startswith(...) eq true` / `ne false` is the call itself; `eq false` / `ne true` negate it. */
  private parseBooleanSuffix(call: FilterExpr): FilterExpr {
    const operator = this.tokens.atWord('eq') ? 'eq' : this.tokens.atWord('ne') ? 'ne' : undefined;
    if (operator === undefined) return call;
    this.tokens.next();
    const value = this.parseBooleanLiteral();
    const keepsCall = operator === 'eq' ? value : !value;
    return keepsCall ? call : { kind: 'not', operand: call };
  }

  private parseBooleanLiteral(): boolean {
    if (this.tokens.acceptWord('true')) return true;
    if (this.tokens.acceptWord('false')) return false;
    throw this.tokens.unexpected("'true' or 'false'");
  }

  private parsePredicate(): FilterExpr {
    const path = this.tokens.parsePath();
    if (this.tokens.atPunctuation('(')) throw this.tokens.unexpected(OPERATOR_EXPECTED);
    if (this.tokens.acceptWord('in')) return { kind: 'in', path, values: this.parseLiteralList() };
    const operator = this.parseComparisonOperator();
    return { kind: 'comparison', operator, path, value: this.parseLiteral() };
  }

  private parseComparisonOperator(): ComparisonOperator {
    const token = this.tokens.peek();
    const operator = COMPARISON_OPERATORS.find((op) => token.kind === 'identifier' && token.text === op);
    if (operator === undefined) throw this.tokens.unexpected(OPERATOR_EXPECTED);
    this.tokens.next();
    return operator;
  }

  private parseLiteralList(): Literal[] {
    this.tokens.expectPunctuation('(', "'(' and a list of literals after 'in'");
    const values = [this.parseLiteral()];
    while (this.tokens.atPunctuation(',')) {
      this.tokens.next();
      values.push(this.parseLiteral());
    }
    this.tokens.expectPunctuation(')', "',' or ')'");
    return values;
  }

  private parseLiteral(): Literal {
    const token = this.tokens.peek();
    const literal = toLiteral(token, this.tokens);
    if (literal === undefined) throw this.tokens.unexpected(LITERAL_EXPECTED);
    this.tokens.next();
    return literal;
  }
}

function toStringFunction(token: Token, tokens: TokenStream): StringFunction {
  const lower = token.text.toLowerCase();
  const name = STRING_FUNCTIONS.find((fn) => fn === lower);
  if (name !== undefined) return name;
  if (isReservedWord(lower)) {
    throw tokens.unexpected("a property name, a function or '('", token); // e.g. NOT(...)
  }
  if (isLambdaOperator(lower)) {
    throw tokens.unsupported(`The lambda operator '${token.text}' is not supported.`, token);
  }
  throw tokens.unsupported(
    `The function '${token.text}' is not supported. Supported functions: startswith, endswith, contains.`,
    token,
  );
}

const KEYWORD_LITERALS: ReadonlyMap<string, Literal> = new Map<string, Literal>([
  ['true', { type: 'boolean', value: true }],
  ['false', { type: 'boolean', value: false }],
  ['null', { type: 'null' }],
]);

function toLiteral(token: Token, tokens: TokenStream): Literal | undefined {
  switch (token.kind) {
    case 'string':
      return { type: 'string', value: token.value ?? '' };
    case 'number':
      return { type: 'number', value: Number(token.text) };
    case 'guid':
      return { type: 'guid', value: token.text.toLowerCase() };
    case 'datetime':
      return { type: 'datetime', value: checkDateTime(token, tokens) };
    case 'identifier':
      return KEYWORD_LITERALS.get(token.text);
    default:
      return undefined;
  }
}

const DATETIME_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/** The lexer checked the shape; here the fields must name a real instant (no Feb 30, no hour 25). */
function checkDateTime(token: Token, tokens: TokenStream): string {
  const parts = DATETIME_PARTS.exec(token.text) ?? [];
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.slice(1).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const valid =
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60;
  if (!valid) throw syntaxError(tokens.source, token.position, `'${token.text}' is not a valid date-time`);
  return token.text;
}
