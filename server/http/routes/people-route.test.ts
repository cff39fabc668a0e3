import { scryptSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PersonAnswerSchema } from '../../../shared/api/people';
import { parsePinHash, PIN_SCRYPT } from '../../../shared/security/credential-format';
import { addToken } from '../../testing/fixtures';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';
import { sha256Hex } from '../auth';

describe('/v1/people', () => {
  let t: TestApp;
  let manager: string;

  beforeEach(async () => {
    t = await startTestApp();
    manager = await addToken(t.db.db, 'manager');
  });
  afterEach(() => t.close());

  const create = (body: Record<string, unknown>, token = manager) =>
    t.request('POST', '/v1/people', { token, body });
  const stored = (id: string) =>
    t.db.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('keeps a sha256 of the normalised badge and a salted scrypt of the PIN', async () => {
    const res = await create({
      name: 'Sam Picker',
      role: 'picker',
      badge: ' b-1001 ',
      pin: '2468',
    });
    expect(res.status).toBe(201);
    const person = PersonAnswerSchema.parse(res.body);
    expect(person).toMatchObject({
      name: 'Sam Picker',
      hasBadge: true,
      hasPin: true,
      active: true,
    });

    const row = await stored(person.id);
    expect(row.badge_hash).toBe(sha256Hex('B-1001'));
    const pin = parsePinHash(row.pin_hash ?? '');
    expect(pin).toMatchObject({ N: PIN_SCRYPT.N, r: PIN_SCRYPT.r, p: PIN_SCRYPT.p });
    if (!pin) throw new Error('unparseable pin hash');
    expect(Buffer.from(pin.salt, 'base64')).toHaveLength(16);
    const derive = (candidate: string) =>
      scryptSync(candidate, Buffer.from(pin.salt, 'base64'), PIN_SCRYPT.keyLength, pin).toString(
        'base64',
      );
    expect(derive('2468')).toBe(pin.hash);
    expect(derive('2469')).not.toBe(pin.hash);

    // The same PIN for someone else gets a different salt, so a different hash.
    const other = PersonAnswerSchema.parse(
      (await create({ name: 'Ada Packer', role: 'packer', pin: '2468' })).body,
    );
    const otherRow = await stored(other.id);
    expect(otherRow.pin_hash).not.toBe(row.pin_hash);
    expect(otherRow.badge_hash).toBeNull();
  });

  it('refuses a badge someone already has, naming them', async () => {
    await create({ name: 'Sam Picker', role: 'picker', badge: 'B-1001' });
    const again = await create({ name: 'Ada Packer', role: 'packer', badge: 'b-1001' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringContaining('Sam Picker') as unknown },
    });
    const racing = await Promise.all([
      create({ name: 'Racer One', role: 'packer', badge: 'B-2002' }),
      create({ name: 'Racer Two', role: 'packer', badge: 'B-2002' }),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('lists people for a viewer and deactivates for a manager', async () => {
    const viewer = await addToken(t.db.db, 'viewer');
    const person = PersonAnswerSchema.parse(
      (await create({ name: 'Sam Picker', role: 'picker', pin: '1234' })).body,
    );
    expect((await create({ name: 'X', role: 'picker', pin: '1234' }, viewer)).status).toBe(403);
    expect((await create({ name: 'No Secret', role: 'picker' })).status).toBe(400);

    const off = await t.request('POST', `/v1/people/${person.id}/deactivate`, { token: manager });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: person.id, active: false });
    const list = await t.request('GET', '/v1/people', { token: viewer });
    expect(list.status).toBe(200);
    expect(list.body).toEqual([{ ...person, active: false }]);
    const blocked = await t.request('POST', `/v1/people/${person.id}/deactivate`, {
      token: viewer,
    });
    expect(blocked.status).toBe(403);
  });
});
