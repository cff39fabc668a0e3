import { describe, expect, it } from 'vitest';
import { StationDbError } from '../station/db/station-db-error';
import { describeStartupFailure } from './startup-failure';

describe('describeStartupFailure', () => {
  it('shows a database error as the station wrote it, with its code', () => {
    const error = new StationDbError(
      'DATABASE_IN_USE',
      'The station database /d/station.sqlite is in use by another Wharf process.',
    );
    const { title, message } = describeStartupFailure(error);
    expect(title).toBe('Wharf cannot open its database');
    expect(message).toContain('in use by another Wharf process');
    expect(message).toContain('DATABASE_IN_USE');
  });

  it('shows any other error by its message and never its stack', () => {
    const error = new Error('ELECTRON_RENDERER_URL must be a loopback http:// address');
    const { title, message } = describeStartupFailure(error);
    expect(title).toBe('Wharf could not start');
    expect(message).toContain('ELECTRON_RENDERER_URL must be a loopback');
    expect(message).not.toContain(error.stack?.split('\n')[1] ?? 'no stack');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('copes with things that are not errors and with empty messages', () => {
    expect(describeStartupFailure('plain text').message).toContain('plain text');
    expect(describeStartupFailure(new Error('')).message).toContain('unexpected error');
  });
});
