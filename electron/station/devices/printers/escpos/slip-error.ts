import type { z } from 'zod';
import { LabelError } from '../../../../../shared/labels/label-error';

/** A LabelError coded INVALID_SLIP naming every field of `error` that was wrong. */
export function invalidSlip(what: string, error: z.ZodError): LabelError {
  const problems = error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`);
  return new LabelError('INVALID_SLIP', `The ${what} cannot be printed: ${problems.join('; ')}`);
}
