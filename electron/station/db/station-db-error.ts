/** Why the station database could not be opened; `code` is stable for logs and support. */
export type StationDbErrorCode =
  | 'DATA_DIR_UNUSABLE'
  | 'DATABASE_IN_USE'
  | 'DATABASE_UNREADABLE'
  | 'MIGRATION_UNKNOWN'
  | 'MIGRATION_CHANGED'
  | 'MIGRATION_FAILED'
  | 'MIGRATION_FILE_INVALID';

export class StationDbError extends Error {
  override readonly name = 'StationDbError';
  readonly code: StationDbErrorCode;

  constructor(code: StationDbErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
