import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationEnvelope } from '../../../shared/mutations';
import { startFakeHeadOffice } from './testing/fake-head-office';
import type { FakeHeadOffice } from './testing/fake-head-office';
import {
  WAREHOUSE_ID,
  openReplica,
  overlayCount,
  readOutbox,
  sequentialIds,
  session,
} from './testing/replica-fixture';
import type { ReplicaFixture } from './testing/replica-fixture';
import { REVOKED_MESSAGE } from './upload-request';
import { createUploader } from './uploader';
import type { Uploader, UploaderOptions } from './uploader';

const BIN = '0190c000-0000-7000-8000-000000000001';
const PRODUCT = '0190d000-0000-7000-8000-000000000001';

let fx: ReplicaFixture;
let office: FakeHeadOffice;
let uploader: Uploader | null;
let problems: string[];
let delays: number[];
let oks: number;
const newId = sequentialIds();

/** Waiting rows as the runner leaves them (outbox row plus its overlay), without the runner. */
function queue(count: number): string[] {
  const insertRow = fx.sqlite.prepare(
    `INSERT INTO outbox (id, kind, payload, description, person_id, person_name, created_at)
     VALUES (?, 'stock.adjust', ?, 'test', ?, 'Ada Picker', ?)`,
  );
  const insertOverlay = fx.sqlite.prepare(
    `INSERT INTO stock_overlay (mutation_id, warehouse_id, bin_id, product_id, delta)
     VALUES (?, ?, ?, ?, 1)`,
  );
  const ids: string[] = [];
  fx.sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const id = newId();
      const payload = {
        warehouseId: WAREHOUSE_ID,
        binId: BIN,
        productId: PRODUCT,
        delta: 1,
        reason: 'found',
        note: `#${i}`,
      };
      insertRow.run(id, JSON.stringify(payload), session().personId, fx.clock.now());
      insertOverlay.run(id, WAREHOUSE_ID, BIN, PRODUCT);
      ids.push(id);
    }
  })();
  return ids;
}

function start(overrides: Partial<UploaderOptions> = {}): Uploader {
  uploader = createUploader({
    sqlite: fx.sqlite,
    clock: fx.clock,
    getTarget: () => ({ headOfficeUrl: office.url, token: office.token }),
    retry: { baseMs: 20, capMs: 80 },
    random: () => 1,
    onOutboxChanged: () => undefined,
    onUploadProblem: (message) => problems.push(message),
    onUploadOk: () => {
      oks += 1;
    },
    onRetryScheduled: (delay) => delays.push(delay),
    ...overrides,
  });
  uploader.start();
  return uploader;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function txidOf(id: string | undefined): string | null {
  const outcome = office.outcomes.get(id ?? '');
  return outcome?.status === 'accepted' ? outcome.txid : null;
}

const waiting = () => readOutbox(fx.sqlite).filter((row) => row.state === 'waiting').length;

beforeEach(async () => {
  fx = openReplica();
  problems = [];
  delays = [];
  oks = 0;
  uploader = null;
  office = await startFakeHeadOffice((m: MutationEnvelope) =>
    JSON.stringify(m.payload).includes('"note":"#42"')
      ? { code: 'INSUFFICIENT_STOCK', message: 'Bin A-01-01 holds only 0 of SKU-1' }
      : null,
  );
});

afterEach(async () => {
  await uploader?.stop();
  await office.close();
  await fx.close();
});

describe('the uploader', () => {
  it('sends in order, in batches, and a rejection in the middle does not block the rest', async () => {
    const ids = queue(250);
    start();
    await until(() => waiting() === 0, 'everything is sent');

    expect(office.requests.map((r) => r.length)).toEqual([100, 100, 50]);
    expect(office.requests.flat()).toEqual(ids);
    const rows = readOutbox(fx.sqlite);
    expect(rows.filter((r) => r.state === 'rejected').map((r) => r.id)).toEqual([ids[42]]);
    expect(rows[42]).toMatchObject({ reject_code: 'INSUFFICIENT_STOCK', attempts: 1 });
    expect(rows.filter((r) => r.state === 'accepted')).toHaveLength(249);
    expect(rows[43]?.txid).toBe(txidOf(ids[43]));
    // The rejected change's effect is gone; the accepted ones stay until the sync confirms them.
    expect(overlayCount(fx.sqlite, ids[42])).toBe(0);
    expect(overlayCount(fx.sqlite)).toBe(249);
    expect(uploader?.state().lastUploadAt).toBe(fx.clock.now());
  });

  it('retries 503s with growing delays within the cap, then succeeds and resets', async () => {
    queue(3);
    office.behave({ status: 503 }, { status: 503 }, { status: 429 }, { status: 500 });
    start();
    await until(() => waiting() === 0, 'the retry succeeds');

    expect(delays).toEqual([20, 40, 80, 80]);
    expect(office.requests).toHaveLength(5);
    expect(problems[0]).toContain('HTTP 503');
    expect(problems[2]).toContain('slow down');
    expect(readOutbox(fx.sqlite).every((r) => r.attempts === 5 && r.last_error === null)).toBe(
      true,
    );
    expect(uploader?.state().nextAttemptAt).toBeNull();

    // A failure after a success starts again from the base delay.
    queue(1);
    office.behave({ status: 503 });
    uploader?.kick();
    await until(() => waiting() === 0, 'the second retry succeeds');
    expect(delays.at(-1)).toBe(20);
  });

  it('keeps rows waiting while failing, with the error in plain words', async () => {
    queue(2);
    office.behave({ status: 502 }, { status: 502 }, { status: 502 });
    start({ retry: { baseMs: 10_000, capMs: 60_000 } });
    await until(() => problems.length === 1, 'the first failure');
    expect(readOutbox(fx.sqlite).map((r) => [r.state, r.attempts])).toEqual([
      ['waiting', 1],
      ['waiting', 1],
    ]);
    expect(readOutbox(fx.sqlite)[0]?.last_error).toBe(
      'The head office could not take the changes (HTTP 502); the station will try again.',
    );
    expect(uploader?.state().nextAttemptAt).toBe(
      new Date(Date.parse(fx.clock.now()) + 10_000).toISOString(),
    );
    // New work does not jump the back-off; retry-now does.
    queue(1);
    uploader?.kick();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(office.requests).toHaveLength(1);
    uploader?.retryNow();
    await until(() => office.requests.length === 2, 'retry now sends at once');
  });

  it('resends after a lost answer and applies the stored outcome once', async () => {
    const ids = queue(3);
    office.behave('apply-then-drop');
    start();
    await until(() => waiting() === 0, 'the resend is answered');

    expect(office.requests).toEqual([ids, ids]);
    expect([...office.applied.values()]).toEqual([1, 1, 1]);
    expect(problems[0]).toMatch(/Cannot reach the head office/);
    const rows = readOutbox(fx.sqlite);
    expect(rows.map((r) => r.txid)).toEqual(ids.map(txidOf));
    expect(rows.map((r) => r.attempts)).toEqual([2, 2, 2]);
  });

  it('treats an answer that does not match what was sent as transient', async () => {
    queue(2);
    office.behave('garbled');
    start();
    await until(() => waiting() === 0, 'the resend is answered');
    expect(problems[0]).toMatch(/form this station does not understand/);
    expect(office.requests).toHaveLength(2);
    expect(readOutbox(fx.sqlite).every((r) => r.state === 'accepted')).toBe(true);
  });

  it('treats a 200 that is not JSON as transient', async () => {
    queue(1);
    office.behave({ status: 200, body: '<html>proxy login</html>' });
    start();
    await until(() => waiting() === 0, 'the resend is answered');
    expect(problems).toEqual([expect.stringMatching(/form this station does not understand/)]);
  });

  it('survives a fault in the station itself and reports it', async () => {
    queue(1);
    fx.sqlite.prepare(`UPDATE outbox SET created_at = 'yesterday'`).run();
    start();
    await until(() => problems.length === 2, 'two failed tries');
    expect(problems[0]).toMatch(/^The station could not upload its changes/);
    expect(delays.slice(0, 2)).toEqual([20, 40]);
    expect(office.requests).toEqual([]);
    fx.sqlite.prepare(`UPDATE outbox SET created_at = ?`).run(fx.clock.now());
    await until(() => waiting() === 0, 'the repaired row is sent');
  });

  it('reports a revoked enrolment and waits the full cap before trying again', async () => {
    queue(1);
    start({ getTarget: () => ({ headOfficeUrl: office.url, token: 'revoked' }) });
    await until(() => problems.length === 1, 'the refusal');
    expect(problems).toEqual([REVOKED_MESSAGE]);
    expect(delays).toEqual([80]);
    expect(waiting()).toBe(1);
    expect(oks).toBe(0);
  });

  it('stop() aborts the request in flight and leaves its rows waiting', async () => {
    queue(2);
    office.behave('hang');
    const running = start();
    await office.requestArrived(1);
    await running.stop();
    expect(readOutbox(fx.sqlite).map((r) => [r.state, r.attempts])).toEqual([
      ['waiting', 0],
      ['waiting', 0],
    ]);
    expect(problems).toEqual([]);
    expect(office.requests).toHaveLength(1);
    uploader = null;
  });

  it('does nothing until the station is enrolled', async () => {
    queue(1);
    let enrolled = false;
    start({
      getTarget: () => (enrolled ? { headOfficeUrl: office.url, token: office.token } : null),
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(office.requests).toHaveLength(0);
    enrolled = true;
    uploader?.nudge();
    await until(() => waiting() === 0, 'the upload after enrolment');
  });
});
