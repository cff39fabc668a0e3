import { describe, expect, it, vi } from 'vitest';
import { ContractErrorSchema } from '../../shared/contract';
import type { InvokeResult } from '../../shared/contract';
import { silentLogger } from '../station/logger';
import { createInvokeHandler } from './invoke-handler';

const ok: InvokeResult = { ok: true, value: { fine: true } };

function errorOf(result: InvokeResult) {
  if (result.ok) throw new Error('expected a failure');
  // Whatever crosses IPC must be a contract error a renderer can parse.
  return ContractErrorSchema.parse(result.error);
}

describe('createInvokeHandler', () => {
  it('passes trusted calls to the station and returns its result', async () => {
    const invoke = vi.fn(() => Promise.resolve(ok));
    const handle = createInvokeHandler({ invoke, logger: silentLogger });
    await expect(handle(true, 'station.info', { a: 1 })).resolves.toEqual(ok);
    expect(invoke).toHaveBeenCalledWith('station.info', { a: 1 });
  });

  it('returns the station failure results unchanged', async () => {
    const failure: InvokeResult = {
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'no such method', details: { method: 'nope' } },
    };
    const handle = createInvokeHandler({
      invoke: () => Promise.resolve(failure),
      logger: silentLogger,
    });
    await expect(handle(true, 'nope', undefined)).resolves.toEqual(failure);
  });

  it('refuses untrusted senders without calling the station', async () => {
    const invoke = vi.fn(() => Promise.resolve(ok));
    const handle = createInvokeHandler({ invoke, logger: silentLogger });
    expect(errorOf(await handle(false, 'station.info', {})).code).toBe('PERMISSION_DENIED');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('answers a method that is not a string with BAD_REQUEST', async () => {
    const invoke = vi.fn(() => Promise.resolve(ok));
    const handle = createInvokeHandler({ invoke, logger: silentLogger });
    for (const method of [undefined, null, 42, { name: 'station.info' }, ['station.info']]) {
      const error = errorOf(await handle(true, method, {}));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.details?.issues?.[0]?.path).toBe('method');
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns a throw into an INTERNAL result without the stack', async () => {
    const handle = createInvokeHandler({
      invoke: () => Promise.reject(new Error('disk on fire at /secret/path')),
      logger: silentLogger,
    });
    const error = errorOf(await handle(true, 'settings.update', {}));
    expect(error.code).toBe('INTERNAL');
    expect(error.details?.method).toBe('settings.update');
    expect(JSON.stringify(error)).not.toContain('/secret/path');
  });
});
