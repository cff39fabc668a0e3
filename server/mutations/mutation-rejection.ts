import type { MutationRejectCode } from '../../shared/mutations';

/**
 * A final refusal of one mutation: its transaction is rolled back, the refusal is stored as the
 * mutation's outcome, and the station shows the message to the person and does not retry.
 */
export class MutationRejection extends Error {
  override readonly name = 'MutationRejection';
  constructor(
    readonly code: MutationRejectCode,
    message: string,
  ) {
    super(message);
  }
}
