import { describe, expect, it, vi } from 'vitest';
import { createFakeTransport } from './fake-transport';
import { errorMessageFor, StationCallError } from './station-call-error';
import { createStationClient } from './station-client';

const settings = { stationName: 'Pack 1', theme: 'dark', updatedAt: null };

describe('station client', () => {
  it('returns the validated output of a successful call', async () => {
    const { transport } = createFakeTransport(() => ({ ok: true, value: settings }));
    const client = createStationClient(transport);
    await expect(client.call('settings.get', {})).resolves.toEqual(settings);
  });

  it('throws a StationCallError carrying the code, message and issues', async () => {
    const { transport } = createFakeTransport(() => ({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'Some of what was entered is not right',
        details: { issues: [{ path: 'stationName', message: 'Give the station a name' }] },
      },
    }));
    const client = createStationClient(transport);
    const error = await client
      .call('settings.update', { stationName: '' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StationCallError);
    expect(error).toMatchObject({
      name: 'StationCallError',
      code: 'BAD_REQUEST',
      method: 'settings.update',
      message: 'Some of what was entered is not right',
    });
    expect((error as StationCallError).issuesAt('stationName')).toEqual([
      { path: 'stationName', message: 'Give the station a name' },
    ]);
    expect((error as StationCallError).issuesAt('theme')).toEqual([]);
  });

  it('turns an output of the wrong shape into an INTERNAL error a person can read', async () => {
    const { transport } = createFakeTransport(() => ({ ok: true, value: { stationName: 3 } }));
    const client = createStationClient(transport, vi.fn());
    const error = await client.call('settings.get', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTERNAL' });
    expect(errorMessageFor(error)).toMatch(/does not understand/);
  });

  it('delivers valid pushes and drops malformed ones', () => {
    const fake = createFakeTransport(() => ({ ok: true, value: null }));
    const warn = vi.fn();
    const client = createStationClient(fake.transport, warn);
    const heard: unknown[] = [];
    const stop = client.on('settings.changed', (payload) => heard.push(payload));

    fake.push('settings.changed', settings);
    fake.push('settings.changed', { theme: 'purple' });
    expect(heard).toEqual([settings]);
    expect(warn).toHaveBeenCalledTimes(1);

    stop();
    fake.push('settings.changed', settings);
    expect(heard).toHaveLength(1);
  });
});

describe('errorMessageFor', () => {
  it('never shows a programming error to a person', () => {
    expect(errorMessageFor(new TypeError('x is undefined'))).not.toMatch(/undefined/);
  });
});
