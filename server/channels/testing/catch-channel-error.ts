import { readFileSync } from 'node:fs';
import { isChannelError, type ChannelError } from '../channel-error';

/** Runs `run` and returns the ChannelError it throws; fails the test if it throws nothing else. */
export function catchChannelError(run: () => unknown): ChannelError {
  try {
    run();
  } catch (error) {
    if (isChannelError(error)) return error;
    throw error;
  }
  throw new Error('Expected a ChannelError, but nothing was thrown');
}

/** The paths of an error's issues, sorted, for assertions that name fields. */
export const issuePaths = (error: ChannelError): string[] =>
  error.issues.map((issue) => issue.path).sort();

export function readJsonFixture(url: URL): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${url.pathname} is not a JSON object`);
  }
  return parsed as Record<string, unknown>;
}
