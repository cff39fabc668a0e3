import { z } from 'zod';

/**
 * The fixed list of error codes a contract call can fail with. The renderer branches on these,
 * so adding one is a contract change: add it here and handle it where it matters.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_METHOD',
  'UNKNOWN_TOPIC',
  'NOT_FOUND',
  'CONFLICT',
  'SIGN_IN_REQUIRED',
  'PERMISSION_DENIED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One problem found in a call's input: where (a path into the input) and what. */
export const IssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

/** What crosses a transport when a call fails. Never a stack trace. */
export const ContractErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z
    .object({
      issues: z.array(IssueSchema).optional(),
      method: z.string().optional(),
      topic: z.string().optional(),
    })
    .optional(),
});
export type ContractError = z.infer<typeof ContractErrorSchema>;

/** A typed error any layer can throw; the dispatcher turns it into a ContractError. */
export class WharfError extends Error {
  override readonly name = 'WharfError';
  readonly code: ErrorCode;
  readonly details: ContractError['details'];

  constructor(code: ErrorCode, message: string, details?: ContractError['details']) {
    super(message);
    this.code = code;
    this.details = details;
  }

  toJSON(): ContractError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Turns zod's issues into paths a person can read, e.g. `stationName` or `lines.2.qty`. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(input)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
