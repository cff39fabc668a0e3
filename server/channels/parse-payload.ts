import type { z } from 'zod';
import { ChannelError, formatIssuePath, summarizeIssues } from './channel-error';

/** Checks a decoded webhook body against a channel's schema, or refuses it as PAYLOAD_INVALID. */
export function parsePayload<T extends z.ZodType>(
  schema: T,
  body: unknown,
  what: string,
): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
  throw new ChannelError('PAYLOAD_INVALID', summarizeIssues(`Not a valid ${what}`, issues), issues);
}
