import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShutdownSequence } from './shutdown-sequence';
import type { ShutdownDeps } from './shutdown-sequence';

function deps(close: () => Promise<void>): ShutdownDeps & { exits: number[]; errors: string[] } {
  const exits: number[] = [];
  const errors: string[] = [];
  return {
    close,
    exit: (code) => exits.push(code),
    log: (level, _obj, msg) => {
      if (level === 'error') errors.push(msg);
    },
    timeoutMs: 1000,
    exits,
    errors,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createShutdownSequence', () => {
  it('closes the station, then exits 0', async () => {
    const order: string[] = [];
    const d = deps(() => {
      order.push('close');
      return Promise.resolve();
    });
    const shutdown = createShutdownSequence({ ...d, exit: (code) => order.push(`exit ${code}`) });
    expect(shutdown.started).toBe(false);
    await shutdown.run('quit');
    expect(shutdown.started).toBe(true);
    expect(order).toEqual(['close', 'exit 0']);
  });

  it('runs once however many quit requests and signals arrive', async () => {
    const close = vi.fn(() => Promise.resolve());
    const d = deps(close);
    const shutdown = createShutdownSequence(d);
    await Promise.all([shutdown.run('quit'), shutdown.run('SIGINT'), shutdown.run('SIGTERM', 1)]);
    expect(close).toHaveBeenCalledTimes(1);
    expect(d.exits).toEqual([0]);
  });

  it('exits with the code asked for, e.g. after a start-up failure', async () => {
    const d = deps(() => Promise.resolve());
    await createShutdownSequence(d).run('start-up failed', 1);
    expect(d.exits).toEqual([1]);
  });

  it('still exits, with 1, when closing fails', async () => {
    const d = deps(() => Promise.reject(new Error('busy')));
    await createShutdownSequence(d).run('quit');
    expect(d.exits).toEqual([1]);
    expect(d.errors).toEqual(['station close failed']);
  });

  it('exits with 1 when closing hangs past the timeout', async () => {
    vi.useFakeTimers();
    const d = deps(() => new Promise<void>(() => {}));
    const done = createShutdownSequence(d).run('quit');
    await vi.advanceTimersByTimeAsync(999);
    expect(d.exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(d.exits).toEqual([1]);
    expect(d.errors).toEqual(['station did not close in time']);
  });
});
