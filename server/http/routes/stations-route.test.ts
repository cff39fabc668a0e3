import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EnrolAnswerSchema,
  EnrolmentCodeAnswerSchema,
} from '../../../shared/api/station-enrolment';
import { addToken, addWarehouse } from '../../testing/fixtures';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';
import { sha256Hex } from '../auth';

describe('station enrolment', () => {
  let t: TestApp;
  let manager: string;
  let north: { id: string; code: string; binId: string };

  beforeEach(async () => {
    t = await startTestApp();
    manager = await addToken(t.db.db, 'manager');
    north = await addWarehouse(t.db.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
  });
  afterEach(() => t.close());

  const newCode = async (validMinutes = 30) => {
    const res = await t.request('POST', '/v1/stations/enrolment-codes', {
      token: manager,
      body: { warehouse: 'NORTH', validMinutes },
    });
    expect(res.status).toBe(201);
    return EnrolmentCodeAnswerSchema.parse(res.body).code;
  };
  const enrol = (code: string, stationId = randomUUID(), stationName = 'Packing 1') =>
    t.request('POST', '/v1/stations/enrol', { body: { code, stationId, stationName } });

  it('issues a code that enrols one station once, keeping only hashes', async () => {
    const code = await newCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const stationId = randomUUID();
    // Typed in lower case with spaces around it: still the same code.
    const res = await enrol(` ${code.toLowerCase()} `, stationId);
    expect(res.status).toBe(201);
    const answer = EnrolAnswerSchema.parse(res.body);
    expect(answer).toMatchObject({ stationId, warehouse: { id: north.id, code: 'NORTH' } });

    const again = await enrol(code);
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({
      error: {
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('Ask a manager') as unknown,
      },
    });

    const codes = await t.db.db.selectFrom('station_enrolment_codes').selectAll().execute();
    expect(codes).toHaveLength(1);
    expect(codes[0]?.code_hash).toBe(sha256Hex(code));
    expect(codes[0]?.station_id).toBe(stationId);
    const station = await t.db.db.selectFrom('stations').selectAll().executeTakeFirstOrThrow();
    expect(station.token_hash).toBe(sha256Hex(answer.stationToken));
    expect(JSON.stringify([codes, station])).not.toContain(code);
    expect(JSON.stringify(station)).not.toContain(answer.stationToken);
  });

  it('gives the same refusal for an expired code and a wrong one', async () => {
    const code = await newCode(1);
    await t.db.db
      .updateTable('station_enrolment_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const expired = await enrol(code);
    const wrong = await enrol('ABCD-EFGH-JKLM');
    expect(expired.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(expired.body).toEqual(wrong.body);
    expect(await t.db.db.selectFrom('stations').select('id').execute()).toHaveLength(0);

    const malformed = await enrol('not a code');
    expect(malformed.status).toBe(400);
  });

  it('lets one of two stations racing with the same code win', async () => {
    const code = await newCode();
    const results = await Promise.all([enrol(code), enrol(code), enrol(code)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 401, 401]);
    expect(await t.db.db.selectFrom('stations').select('id').execute()).toHaveLength(1);
  });

  it('authenticates the station token at /v1/shape and /v1/mutations until revoked', async () => {
    const stationId = randomUUID();
    const { stationToken } = EnrolAnswerSchema.parse(
      (await enrol(await newCode(), stationId)).body,
    );
    const shape = () =>
      t.request('GET', '/v1/shape?table=warehouses&offset=-1', { token: stationToken });
    const upload = () =>
      t.request('POST', '/v1/mutations', {
        token: stationToken,
        body: {
          mutations: [
            {
              id: randomUUID(),
              kind: 'nothing.known',
              payload: {},
              personId: randomUUID(),
              createdAt: new Date().toISOString(),
            },
          ],
        },
      });
    expect((await shape()).status).toBe(200);
    const uploaded = await upload();
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({
      results: [{ status: 'rejected', code: 'UNKNOWN_KIND' }],
    });

    const list = await t.request('GET', '/v1/stations', { token: manager });
    expect(list.body).toEqual([
      {
        id: stationId,
        name: 'Packing 1',
        warehouse: 'NORTH',
        enrolledAt: expect.any(String) as unknown,
        lastSeenAt: expect.any(String) as unknown,
        revoked: false,
      },
    ]);

    const revoked = await t.request('POST', `/v1/stations/${stationId}/revoke`, {
      token: manager,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ station: { id: stationId, revoked: true } });
    for (const refused of [await shape(), await upload()]) {
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({
        error: {
          code: 'UNAUTHENTICATED',
          message: expect.stringContaining('enrol it again') as unknown,
        },
      });
    }

    // Enrolling the same station again restores it with a new token; the old one stays dead.
    const second = EnrolAnswerSchema.parse(
      (await enrol(await newCode(), stationId, 'Packing 1b')).body,
    );
    expect(second.stationToken).not.toBe(stationToken);
    expect((await shape()).status).toBe(401);
    expect(
      (
        await t.request('GET', '/v1/shape?table=warehouses&offset=-1', {
          token: second.stationToken,
        })
      ).status,
    ).toBe(200);
    const after = await t.request('GET', '/v1/stations', { token: manager });
    expect(after.body).toMatchObject([{ id: stationId, name: 'Packing 1b', revoked: false }]);
  });

  it('needs a manager token to issue codes, list and revoke', async () => {
    const viewer = await addToken(t.db.db, 'viewer');
    const issued = await t.request('POST', '/v1/stations/enrolment-codes', {
      token: viewer,
      body: { warehouse: 'NORTH' },
    });
    expect(issued.status).toBe(403);
    expect((await t.request('GET', '/v1/stations')).status).toBe(401);
    const unknown = await t.request('POST', '/v1/stations/enrolment-codes', {
      token: manager,
      body: { warehouse: 'WEST' },
    });
    expect(unknown.status).toBe(404);
    const missing = await t.request('POST', `/v1/stations/${randomUUID()}/revoke`, {
      token: manager,
    });
    expect(missing.status).toBe(404);
  });
});
