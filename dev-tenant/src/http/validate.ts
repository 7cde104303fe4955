import { z } from 'zod';
import { GraphError } from './graph-error';

/**
 * Validates a request body against a schema and answers Graph's 400 naming the first offending property.
 * `code` differs per workload: directory endpoints say Request_BadRequest, SharePoint ones invalidRequest.
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  code = 'invalidRequest',
): z.infer<S> {
  if (body === undefined) throw new GraphError(400, code, 'Empty Payload. JSON content expected.');
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new GraphError(400, code, describeIssue(result.error.issues[0]));
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'Invalid request body.';
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const prefix = path ? `${path}.` : '';
    return `Invalid property '${prefix}${issue.keys[0] ?? ''}'.`;
  }
  if (!path) return `Invalid request body: ${issue.message}`;
  return `Invalid value for property '${path}': ${issue.message}`;
}
