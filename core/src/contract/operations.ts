import * as z from 'zod/mini';
import { PROBLEMS, type ProblemCode } from './problems';

// What every operation of the Samen HTTP API is described by, and the checks that read those descriptions:
// the service's tests hold its replies to them, and the ui's fakes answer through them.

export interface OperationDefinition {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `{name}` stands for one path segment. */
  readonly path: string;
  readonly success: { readonly status: number; readonly body: z.ZodMiniType | undefined };
  readonly problems: readonly ProblemCode[];
}

/** Every failure: a stable code to switch on, its status, and a message in the caller's language for people. */
export const problem = z.strictObject({
  status: z.number().check(z.int()),
  code: z.string(),
  message: z.string(),
});

export type ProblemWire = z.infer<typeof problem>;

/** Any failure can meet any operation: a token that expired, a body that is not JSON, Graph being busy. */
export const ANY_OPERATION = [
  'unauthenticated',
  'invalidRequest',
  'payloadTooLarge',
  'unavailable',
  'internal',
] as const;

type Operations = Readonly<Record<string, OperationDefinition>>;

/** The problem codes an operation may answer with. */
export function problemsIn<O extends Operations>(operations: O, name: keyof O): readonly ProblemCode[] {
  return [...ANY_OPERATION, ...(operations[name] as OperationDefinition).problems];
}

/**
 * What is wrong with a reply to an operation, or undefined if the contract allows it: a success with its one
 * status and body, or a problem this operation may answer, with that problem's status.
 */
export function replyViolationIn<O extends Operations>(
  operations: O,
  name: keyof O,
  status: number,
  body: unknown,
): string | undefined {
  const { success } = operations[name] as OperationDefinition;
  if (status === success.status) return bodyViolation(success.body, body);
  const parsed = problem.safeParse(body);
  if (!parsed.success) return `${status}: not a problem body: ${z.prettifyError(parsed.error)}`;
  const { code } = parsed.data;
  if (!(problemsIn(operations, name) as readonly string[]).includes(code))
    return `${String(name)} may not answer problem ${code}`;
  const expected = PROBLEMS[code as ProblemCode].status;
  if (status !== expected || parsed.data.status !== expected)
    return `${code} is answered with ${expected}, not ${status} (body says ${parsed.data.status})`;
  return undefined;
}

function bodyViolation(schema: z.ZodMiniType | undefined, body: unknown): string | undefined {
  if (schema === undefined) return body === undefined ? undefined : 'expected no body';
  const parsed = schema.safeParse(body);
  return parsed.success ? undefined : z.prettifyError(parsed.error);
}

/** The operation a request is for, by method and path, if any. */
export function operationIn<O extends Operations>(
  operations: O,
  method: string,
  pathname: string,
): keyof O | undefined {
  const segments = pathname.split('/');
  const found = Object.entries(operations).find(([, operation]) => {
    if (operation.method !== method.toUpperCase()) return false;
    const template = operation.path.split('/');
    return (
      template.length === segments.length &&
      template.every((part, i) => (part.startsWith('{') ? (segments[i] ?? '') !== '' : part === segments[i]))
    );
  });
  return found?.[0] as keyof O | undefined;
}
