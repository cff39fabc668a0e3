import type { ContractError, ErrorCode, Issue } from '../../shared/contract';

/** A station call that answered `ok: false`. Its message is written for the person at the screen. */
export class StationCallError extends Error {
  override readonly name = 'StationCallError';
  readonly code: ErrorCode;
  readonly details: ContractError['details'];
  readonly method: string;

  constructor(method: string, error: ContractError) {
    super(error.message);
    this.method = method;
    this.code = error.code;
    this.details = error.details;
  }

  /** The problems the backend found in one input field, e.g. `stationName`. */
  issuesAt(path: string): Issue[] {
    return (this.details?.issues ?? []).filter((issue) => issue.path === path);
  }
}

const FALLBACK_MESSAGE =
  'Something went wrong on this screen. Try again; if it keeps happening, tell your supervisor.';

/** What to show a person for any thrown value: the contract's message, never a stack trace. */
export function errorMessageFor(error: unknown): string {
  return error instanceof StationCallError ? error.message : FALLBACK_MESSAGE;
}
