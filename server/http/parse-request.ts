import type { z } from 'zod';
import { PipelineError } from '../pipeline/pipeline-error';

const WHAT: Record<RequestPart, string> = {
  body: 'The request body is not valid; nothing was changed',
  query: 'The query string is not valid',
  params: 'The address is not valid',
};
type RequestPart = 'body' | 'query' | 'params';

/** zod at the boundary: a refusal names each field that was wrong, in the caller's terms. */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: RequestPart,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new PipelineError(
    'BAD_REQUEST',
    WHAT[part],
    parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || `(${part})`,
      message: i.message,
    })),
  );
}
