import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import { makeTempDir } from '../../testing/temp-dir';
import { manualClock, openTempDatabase } from '../../testing/temp-database';
import type { TempDatabase } from '../../testing/temp-database';
import { addSyncedPerson } from '../../testing/synced-people';
import { createEnrolmentService } from './enrolment-service';
import type { EnrolmentService } from './enrolment-service';
import type { HeadOfficeLink } from './enrolment-repository';

const STATION_ID = '0193a5b0-0000-7000-8000-000000000001';
const NORTH = { id: '0193a5b0-0000-7000-8000-0000000000a1', code: 'NORTH', name: 'North DC' };
const SOUTH = { id: '0193a5b0-0000-7000-8000-0000000000b2', code: 'SOUTH', name: 'South DC' };
const CODE = 'ABCD-EFGH-JKLM';

type Answer = { status: number; body: unknown };

/** Stands in for the head office's enrol endpoint, answering from a script. */
async function startFakeHeadOffice(
  answer: (body: unknown) => Answer,
): Promise<{ url: string; requests: { path: string; body: unknown }[]; close(): Promise<void> }> {
  const requests: { path: string; body: unknown }[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      requests.push({ path: `${req.method ?? ''} ${req.url ?? ''}`, body });
      const reply = answer(body);
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const welcome = (warehouse: typeof NORTH, token = 'wh_st_' + 'x'.repeat(40)): Answer => ({
  status: 201,
  body: { stationToken: token, stationId: STATION_ID, warehouse },
});

describe('enrolment service', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let database: TempDatabase;
  let service: EnrolmentService;
  let events: string[];
  let problems: string[];
  let resumed: { link: HeadOfficeLink; moved: boolean }[];
  const clock = manualClock();
  const heads: { close(): Promise<void> }[] = [];

  const fakeHeadOffice = async (answer: (body: unknown) => Answer) => {
    const head = await startFakeHeadOffice(answer);
    heads.push(head);
    return head;
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
  let waiting = 0;
  const count = (table: string): number =>
    (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  beforeEach(async () => {
    waiting = 0;
    temp = makeTempDir('wharf-enrolment-');
    database = openTempDatabase(temp.dir, clock);
    events = [];
    problems = [];
    resumed = [];
    service = createEnrolmentService({
      db: database.db,
      localWrite: database.localWrite,
      clock,
      identity: () => Promise.resolve({ stationId: STATION_ID, stationName: 'Pack 3' }),
      pause: () => {
        events.push('pause');
        return Promise.resolve();
      },
      resume: (link, moved) => {
        events.push('resume');
        resumed.push({ link, moved });
        return Promise.resolve();
      },
      onProblem: (message) => problems.push(message),
      waitingChanges: () => waiting,
    });
    await service.load();
  });
  afterEach(async () => {
    await Promise.all(heads.splice(0).map((head) => head.close()));
    await database.close();
    temp.remove();
  });

  it('exchanges the code for a token, stores the link and keeps it across a restart', async () => {
    const head = await fakeHeadOffice(() => welcome(NORTH));
    expect(service.state()).toEqual({ enrolled: false });

    const state = await service.enrol({ headOfficeUrl: head.url, code: CODE });
    const expected = {
      enrolled: true,
      headOfficeUrl: head.url,
      warehouseId: NORTH.id,
      warehouseCode: 'NORTH',
      warehouseName: 'North DC',
      enrolledAt: clock.now(),
    };
    expect(state).toEqual(expected);
    expect(head.requests).toEqual([
      {
        path: 'POST /v1/stations/enrol',
        body: { code: CODE, stationId: STATION_ID, stationName: 'Pack 3' },
      },
    ]);
    expect(events).toEqual(['pause', 'resume']);
    expect(resumed[0]).toMatchObject({ moved: false, link: { token: 'wh_st_' + 'x'.repeat(40) } });
    expect(database.activity.at(-1)).toMatchObject({ kind: 'station.enrolled', actor: 'station' });
    expect(database.activity.at(-1)?.summary).toContain('NORTH');

    const again = createEnrolmentService({
      db: database.db,
      localWrite: database.localWrite,
      clock,
      identity: () => Promise.resolve({ stationId: STATION_ID, stationName: 'Pack 3' }),
      pause: () => Promise.resolve(),
      resume: () => Promise.resolve(),
      onProblem: () => undefined,
      waitingChanges: () => 0,
    });
    await again.load();
    expect(again.state()).toEqual(expected);
    expect(again.link()?.token).toBe('wh_st_' + 'x'.repeat(40));
  });

  it('passes on the head office’s refusal and stores nothing', async () => {
    const head = await fakeHeadOffice(() => ({
      status: 401,
      body: { error: { code: 'ENROLMENT_CODE_INVALID', message: 'This code was already used.' } },
    }));
    const refused = await refusal(service.enrol({ headOfficeUrl: head.url, code: CODE }));
    expect(refused.code).toBe('PERMISSION_DENIED');
    expect(refused.message).toBe('This code was already used.');
    expect(problems).toEqual(['This code was already used.']);
    expect(service.state()).toEqual({ enrolled: false });
    expect(count('station_enrolment')).toBe(0);
    expect(events).toEqual([]);

    const badRequest = await fakeHeadOffice(() => ({
      status: 400,
      body: { error: { code: 'BAD_REQUEST', message: 'The station name is too long.' } },
    }));
    const bad = await refusal(service.enrol({ headOfficeUrl: badRequest.url, code: CODE }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.message).toBe('The station name is too long.');
  });

  it('says which address it cannot reach, and why', async () => {
    const head = await fakeHeadOffice(() => welcome(NORTH));
    await heads.pop()?.close();
    const unreachable = await refusal(service.enrol({ headOfficeUrl: head.url, code: CODE }));
    expect(unreachable.code).toBe('UNAVAILABLE');
    expect(unreachable.message).toBe(
      `Cannot reach the head office at ${head.url}: connection refused. Check the address and the network, then try again.`,
    );
    expect(problems).toEqual([unreachable.message]);
    expect(service.state()).toEqual({ enrolled: false });
  });

  it('refuses an answer that is not a Wharf head office’s', async () => {
    const head = await fakeHeadOffice(() => ({ status: 200, body: { hello: 'world' } }));
    const odd = await refusal(service.enrol({ headOfficeUrl: head.url, code: CODE }));
    expect(odd.code).toBe('UNAVAILABLE');
    expect(odd.message).toMatch(/not as a Wharf head office does/);
  });

  it('keeps synced data when re-enrolled to the same warehouse and clears it when moved', async () => {
    let warehouse = NORTH;
    const head = await fakeHeadOffice(() => welcome(warehouse));
    await service.enrol({ headOfficeUrl: head.url, code: CODE });
    addSyncedPerson(database.sqlite, { name: 'Ada', badge: 'ADA-0001' });
    database.sqlite
      .prepare(
        "INSERT INTO sync_shapes (shape, handle, \"offset\", state) VALUES ('people', 'h', '1_0', 'live')",
      )
      .run();
    database.sqlite
      .prepare(
        "INSERT INTO station_session VALUES (1, '0193a5b0-0000-7000-8000-0000000000c3', 'Ada', 'picker', 'badge', ?)",
      )
      .run(clock.now());

    await service.enrol({ headOfficeUrl: head.url, code: CODE });
    expect(resumed.at(-1)?.moved).toBe(false);
    expect([count('synced_people'), count('sync_shapes'), count('station_session')]).toEqual([
      1, 1, 1,
    ]);

    warehouse = SOUTH;
    const state = await service.enrol({ headOfficeUrl: head.url, code: CODE });
    expect(state).toMatchObject({ enrolled: true, warehouseCode: 'SOUTH' });
    expect(resumed.at(-1)?.moved).toBe(true);
    expect([count('synced_people'), count('sync_shapes'), count('station_session')]).toEqual([
      0, 0, 0,
    ]);
    expect(database.activity.at(-1)?.summary).toContain('SOUTH');
  });

  it('will not move to another head office while changes made here still wait to upload', async () => {
    const first = await fakeHeadOffice(() => welcome(NORTH));
    const second = await fakeHeadOffice(() => welcome(SOUTH));
    await service.enrol({ headOfficeUrl: first.url, code: CODE });
    waiting = 3;
    const error = await refusal(service.enrol({ headOfficeUrl: second.url, code: CODE }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(
      `3 changes made here have not reached the head office at ${first.url}`,
    );
    expect(service.state()).toMatchObject({ headOfficeUrl: first.url });
    // Re-enrolling with the same head office (say, after a revoked token) is how they get there.
    await service.enrol({ headOfficeUrl: first.url, code: CODE });
    waiting = 0;
    await service.enrol({ headOfficeUrl: second.url, code: CODE });
    expect(service.state()).toMatchObject({ headOfficeUrl: second.url, warehouseCode: 'SOUTH' });
  });
});
