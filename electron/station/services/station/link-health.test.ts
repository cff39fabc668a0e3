import { describe, expect, it } from 'vitest';
import type { ShapeSyncStatus, SyncStatus } from '../../../../shared/contract';
import { manualClock } from '../../testing/temp-database';
import { createProblemLog } from '../sync-overview/problem-log';
import { createLinkHealth } from './link-health';

const URL = 'http://10.0.0.5:5180';
const shape = (
  name: ShapeSyncStatus['shape'],
  state: ShapeSyncStatus['state'],
  lastError: string | null = null,
): ShapeSyncStatus => ({ shape: name, state, lastUpToDateAt: null, lastError });
const sync = (...shapes: ShapeSyncStatus[]): SyncStatus => ({ shapes });

describe('link health', () => {
  const setup = () => {
    const clock = manualClock();
    const problems = createProblemLog(() => clock.now());
    let changes = 0;
    const health = createLinkHealth({
      now: () => clock.now(),
      problems,
      onChange: () => {
        changes += 1;
      },
    });
    return { clock, problems, health, changes: () => changes };
  };

  it('is not configured without a head office, then connecting, then online', () => {
    const { clock, health, changes } = setup();
    expect(health.connection()).toEqual({ state: 'not-configured' });
    clock.advance(1000);
    health.setHeadOffice(URL);
    const connecting = health.connection();
    expect(connecting).toEqual({
      state: 'offline',
      since: clock.now(),
      reason: `Connecting to the head office at ${URL}…`,
    });
    clock.advance(1000);
    health.setSync(sync(shape('bins', 'live'), shape('people', 'initial-sync')));
    expect(health.connection()).toEqual({ state: 'online', since: clock.now() });
    expect(changes()).toBe(2);
  });

  it('goes offline in plain words, logs the problem once, and keeps `since` while it lasts', () => {
    const { clock, health, problems } = setup();
    health.setHeadOffice(URL);
    health.setSync(sync(shape('bins', 'live'), shape('people', 'live')));
    clock.advance(5000);
    const down = 'Cannot reach the head office: connection refused';
    health.setSync(sync(shape('bins', 'offline', down), shape('people', 'live')));
    const since = clock.now();
    clock.advance(5000);
    health.setSync(sync(shape('bins', 'offline', down), shape('people', 'offline', down)));
    expect(health.connection()).toEqual({
      state: 'offline',
      since,
      reason: `Cannot reach the head office at ${URL}: connection refused`,
    });
    expect(problems.list()).toEqual([
      {
        at: since,
        where: 'download',
        message: `Cannot reach the head office at ${URL}: connection refused`,
      },
    ]);
  });

  it('counts an upload failure as offline until an upload succeeds', () => {
    const { health, problems } = setup();
    health.setHeadOffice(URL);
    health.setSync(sync(shape('bins', 'live')));
    health.uploadProblem(`Cannot send changes to the head office at ${URL}: connection refused`);
    expect(health.connection()).toMatchObject({
      state: 'offline',
      reason: `Cannot send changes to the head office at ${URL}: connection refused`,
    });
    expect(problems.list()).toMatchObject([{ where: 'upload' }]);
    health.uploadOk();
    expect(health.connection()).toMatchObject({ state: 'online' });
  });

  it('keeps only the last 20 problems, newest first', () => {
    const { clock, problems } = setup();
    for (let i = 0; i < 25; i++) {
      clock.advance(1000);
      problems.add('upload', `problem ${i}`);
    }
    const list = problems.list();
    expect(list).toHaveLength(20);
    expect(list[0]?.message).toBe('problem 24');
    expect(list.at(-1)?.message).toBe('problem 5');
  });
});
