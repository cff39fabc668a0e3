import { StationDbError } from '../station/db/station-db-error';

export interface StartupFailureMessage {
  title: string;
  message: string;
}

/**
 * What the error box says when the station cannot start. Only the message meant for a person
 * goes there; the stack goes to the log.
 */
export function describeStartupFailure(error: unknown): StartupFailureMessage {
  if (error instanceof StationDbError) {
    return {
      title: 'Wharf cannot open its database',
      message: `${error.message}\n\n(Reason code ${error.code}.)`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Wharf could not start',
    message:
      `${detail || 'An unexpected error stopped Wharf while starting.'}\n\n` +
      'Start Wharf again. If this keeps happening, send the station log to support.',
  };
}
