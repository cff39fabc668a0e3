import type { Issue } from '../../shared/contract/errors';

/**
 * Why a sales channel's input was refused. The HTTP layer branches on these (400 for a bad
 * payload, 401 for a bad signature, 422 for a payload we understood but cannot turn into an
 * order), so adding a code is an API change.
 */
export const CHANNEL_ERROR_CODES = [
  'PAYLOAD_INVALID',
  'SIGNATURE_INVALID',
  'MAPPING_FAILED',
] as const;
export type ChannelErrorCode = (typeof CHANNEL_ERROR_CODES)[number];

/** Where (a dotted path into the channel's own payload, e.g. `line_items.1.sku`) and what. */
export type ChannelIssue = Issue;

export class ChannelError extends Error {
  override readonly name = 'ChannelError';
  readonly code: ChannelErrorCode;
  readonly issues: ChannelIssue[];

  constructor(code: ChannelErrorCode, message: string, issues: ChannelIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }

  toJSON(): { code: ChannelErrorCode; message: string; issues: ChannelIssue[] } {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

export function isChannelError(error: unknown): error is ChannelError {
  return error instanceof ChannelError;
}

/** `['line_items', 1, 'sku']` → `line_items.1.sku`, the notation the contract's errors use. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(input)' : path.map(String).join('.');
}

/** A message that names the first problems, so a log line alone is enough to act on. */
export function summarizeIssues(lead: string, issues: readonly ChannelIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return shown.length === 0 ? lead : `${lead}: ${shown.join('; ')}${more}`;
}

/**
 * Input text quoted for an error message: escaped, so a line break or control character in a
 * hostile value cannot forge log lines, and cut short, so a huge value does not fill the log.
 */
export function quoteInput(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
