import { describe, expect, it } from 'vitest';
import { createSerialRunner } from './serial-runner';

const later = <T>(value: T, ms: number) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('createSerialRunner', () => {
  it('starts each task only after the one before has answered', async () => {
    const run = createSerialRunner();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await later(null, ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([run(task('a', 20)), run(task('b', 1)), run(task('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('goes on with the next task after one fails', async () => {
    const run = createSerialRunner();
    const failed = run(() => Promise.reject(new Error('station down')));
    const next = run(() => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('station down');
    await expect(next).resolves.toBe('ok');
  });
});
