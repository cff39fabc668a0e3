import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import type { Session } from '../../../../shared/contract';
import { makeTempDir } from '../../testing/temp-dir';
import { manualClock, openTempDatabase } from '../../testing/temp-database';
import type { TempDatabase } from '../../testing/temp-database';
import { addSyncedPerson } from '../../testing/synced-people';
import { createSessionService } from './session-service';
import type { SessionService } from './session-service';

describe('session service', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let database: TempDatabase;
  let clock: ReturnType<typeof manualClock>;
  let service: SessionService;
  let pushed: (Session | null)[];

  const open = async (): Promise<void> => {
    database = openTempDatabase(temp.dir, clock);
    pushed = [];
    service = createSessionService({
      db: database.db,
      localWrite: database.localWrite,
      clock,
      onChanged: (session) => pushed.push(session),
    });
    await service.load();
  };
  const refusal = async (attempt: Promise<unknown>): Promise<WharfError> => {
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof WharfError))
      throw new Error(`expected a WharfError, got ${String(error)}`);
    return error;
  };

  beforeEach(async () => {
    temp = makeTempDir('wharf-session-');
    clock = manualClock();
    await open();
  });
  afterEach(async () => {
    await database.close();
    temp.remove();
  });

  it('signs in by badge, whatever the scanner adds in case and spaces', async () => {
    const id = addSyncedPerson(database.sqlite, { name: 'Ada', role: 'packer', badge: 'ab-1234' });
    const session = await service.signIn({ method: 'badge', badge: '  AB-1234 ' });
    expect(session).toEqual({
      personId: id,
      name: 'Ada',
      role: 'packer',
      method: 'badge',
      signedInAt: clock.now(),
    });
    expect(service.current()).toEqual(session);
    expect(pushed).toEqual([session]);
    expect(database.activity.at(-1)).toMatchObject({
      kind: 'session.signed-in',
      actor: id,
      summary: 'Ada signed in by badge',
    });
  });

  it('refuses an unknown badge and a badge of someone no longer active', async () => {
    addSyncedPerson(database.sqlite, { name: 'Old', badge: 'OLD-0001', active: false });
    const unknown = await refusal(service.signIn({ method: 'badge', badge: 'NOPE-0000' }));
    expect(unknown.code).toBe('PERMISSION_DENIED');
    expect(unknown.message).toMatch(/badge is not known/);
    const inactive = await refusal(service.signIn({ method: 'badge', badge: 'OLD-0001' }));
    expect(inactive.code).toBe('PERMISSION_DENIED');
    expect(inactive.message).toMatch(/Old can no longer sign in/);
    expect(service.current()).toBeNull();
    expect(pushed).toEqual([]);
  });

  it('lists active people with a PIN by name and signs in with the right PIN', async () => {
    const zoe = addSyncedPerson(database.sqlite, { name: 'Zoe', pin: '1234' });
    const bob = addSyncedPerson(database.sqlite, { name: 'Bob', role: 'manager', pin: '987654' });
    addSyncedPerson(database.sqlite, { name: 'Ann', badge: 'ANN-0001' });
    addSyncedPerson(database.sqlite, { name: 'Cid', pin: '1111', active: false });
    expect(await service.people()).toEqual([
      { id: bob, name: 'Bob', role: 'manager' },
      { id: zoe, name: 'Zoe', role: 'picker' },
    ]);
    const session = await service.signIn({ method: 'pin', personId: bob, pin: '987654' });
    expect(session).toMatchObject({ personId: bob, method: 'pin', role: 'manager' });
  });

  it('refuses a wrong PIN, pauses after five, and lets the right PIN in a minute later', async () => {
    const id = addSyncedPerson(database.sqlite, { name: 'Zoe', pin: '1234' });
    for (let i = 1; i <= 4; i++) {
      const wrong = await refusal(service.signIn({ method: 'pin', personId: id, pin: '0000' }));
      expect(wrong.code).toBe('PERMISSION_DENIED');
      expect(wrong.message).toContain(`${5 - i} ${i === 4 ? 'try' : 'tries'} left`);
    }
    const fifth = await refusal(service.signIn({ method: 'pin', personId: id, pin: '0000' }));
    expect(fifth.message).toMatch(/paused for one minute/);
    // Even the right PIN waits out the pause: otherwise the pause would not slow a guesser.
    clock.advance(59_000);
    const paused = await refusal(service.signIn({ method: 'pin', personId: id, pin: '1234' }));
    expect(paused.message).toMatch(/Try again in 1 second\./);
    clock.advance(1_000);
    await expect(
      service.signIn({ method: 'pin', personId: id, pin: '1234' }),
    ).resolves.toMatchObject({
      personId: id,
    });
    // A success starts the count afresh.
    const again = await refusal(service.signIn({ method: 'pin', personId: id, pin: '0000' }));
    expect(again.message).toContain('4 tries left');
  });

  it('refuses a PIN for an inactive person or one without a PIN', async () => {
    const gone = addSyncedPerson(database.sqlite, { name: 'Gone', pin: '1234', active: false });
    const badgeOnly = addSyncedPerson(database.sqlite, { name: 'Ann', badge: 'ANN-0001' });
    const inactive = await refusal(service.signIn({ method: 'pin', personId: gone, pin: '1234' }));
    expect(inactive.message).toMatch(/cannot sign in/);
    const noPin = await refusal(
      service.signIn({ method: 'pin', personId: badgeOnly, pin: '1234' }),
    );
    expect(noPin.message).toMatch(/Ann has no PIN/);
  });

  it('keeps the session across a restart and forgets it on sign-out', async () => {
    const id = addSyncedPerson(database.sqlite, { name: 'Ada', badge: 'ADA-0001' });
    const session = await service.signIn({ method: 'badge', badge: 'ADA-0001' });
    await database.close();
    await open();
    expect(service.current()).toEqual(session);

    await service.signOut();
    expect(service.current()).toBeNull();
    expect(pushed).toEqual([null]);
    expect(database.activity.at(-1)).toMatchObject({ kind: 'session.signed-out', actor: id });
    await database.close();
    await open();
    expect(service.current()).toBeNull();
  });
});
