import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../testing/test-database';
import { answerMustRefetch, answerShape } from './electric-proxy-fake-electric';
import type { ElectricResponder } from './electric-proxy-fake-electric';
import { startProxyWithElectric, TEST_ELECTRIC_SECRET } from './electric-proxy-test-office';
import { SHAPE_TABLES } from './shape-tables';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const SECRET = TEST_ELECTRIC_SECRET;
const setup = (respond: ElectricResponder) => startProxyWithElectric(respond, cleanups);

const snapshot: ElectricResponder = (request, response) =>
  answerShape(request, response, {
    handle: '9876-1700000000000',
    offset: '0_inf',
    messages: [
      {
        key: '"public"."products"/"p1"',
        value: { id: 'p1', sku: 'SKU-1' },
        headers: { operation: 'insert' },
      },
      { headers: { control: 'up-to-date' } },
    ],
    upToDate: true,
  });

async function tableColumns(db: TestDatabase, table: string): Promise<string> {
  const { rows } = await sql<{ name: string }>`
    SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`.execute(
    db.db,
  );
  return rows.map((r) => r.name).join(',');
}

describe('GET /v1/shape in front of Electric', () => {
  it('sends Electric the shape the station token decides, plus only the protocol parameters', async () => {
    const { db, electric, get, north, south, northStation, southStation } = await setup(snapshot);
    const expected: Record<string, { where?: string; param?: string }> = {
      warehouses: { where: 'id = $1', param: north.id },
      bins: { where: 'warehouse_id = $1', param: north.id },
      products: {},
      product_barcodes: {},
      stock_levels: { where: 'warehouse_id = $1', param: north.id },
      bin_stock: { where: 'warehouse_id = $1', param: north.id },
      people: {},
      station_mutations: { where: 'station_id = $1', param: northStation.stationId },
      fulfilments: { where: 'warehouse_id = $1', param: north.id },
      fulfilment_lines: { where: 'warehouse_id = $1', param: north.id },
      waves: { where: 'warehouse_id = $1', param: north.id },
      picks: { where: 'warehouse_id = $1', param: north.id },
      short_picks: { where: 'warehouse_id = $1', param: north.id },
      parcels: { where: 'warehouse_id = $1', param: north.id },
      scan_refusals: { where: 'warehouse_id = $1', param: north.id },
      carriers: {},
      consignment_ranges: { where: 'station_id = $1', param: northStation.stationId },
      sscc_ranges: { where: 'station_id = $1', param: northStation.stationId },
      shipments: { where: 'warehouse_id = $1', param: north.id },
      manifests: { where: 'warehouse_id = $1', param: north.id },
    };
    expect(Object.keys(expected).sort()).toEqual(Object.keys(SHAPE_TABLES).sort());

    for (const [table, shape] of Object.entries(expected)) {
      // An older station still names a warehouse, and asks for changed columns only: neither counts.
      const response = await get(
        `/v1/shape?table=${table}&offset=-1&warehouse=SOUTH&replica=default`,
        northStation.token,
      );
      expect(response.status, table).toBe(200);
      const sent = electric.requests.at(-1)?.url;
      expect(sent?.pathname).toBe('/v1/shape');
      expect(Object.fromEntries(sent?.searchParams ?? [])).toEqual({
        table,
        ...(shape.where ? { where: shape.where, 'params[1]': shape.param } : {}),
        columns: await tableColumns(db, table),
        replica: 'full',
        offset: '-1',
        secret: SECRET,
      });
    }
    expect(electric.requests.at(-1)?.headers.authorization).toBeUndefined();

    const live = await get(
      '/v1/shape?table=bin_stock&offset=26800584_4&handle=9876-1700000000000&live=true' +
        '&cursor=1674440&log=full&live_sse=false&expired_handle=1-1&cache-buster=abc',
      southStation.token,
    );
    expect(live.status).toBe(200);
    expect(Object.fromEntries(electric.requests.at(-1)?.url.searchParams ?? [])).toEqual({
      table: 'bin_stock',
      where: 'warehouse_id = $1',
      'params[1]': south.id,
      columns: 'bin_id,product_id,on_hand,warehouse_id',
      replica: 'full',
      offset: '26800584_4',
      handle: '9876-1700000000000',
      live: 'true',
      cursor: '1674440',
      log: 'full',
      live_sse: 'false',
      expired_handle: '1-1',
      'cache-buster': 'abc',
      secret: SECRET,
    });
  });

  it('refuses a station that chooses its own rows or columns, or an unknown table, without asking Electric', async () => {
    const { electric, get, northStation } = await setup(snapshot);
    for (const extra of [
      'where=true',
      'columns=id',
      'params%5B1%5D=x',
      'subset__where=true',
      'queryable_columns=id',
      'secret=guess',
    ]) {
      const response = await get(`/v1/shape?table=products&offset=-1&${extra}`, northStation.token);
      expect(response.status, extra).toBe(400);
      const name = decodeURIComponent(extra.split('=')[0] ?? '');
      expect(await response.json()).toEqual({
        error: {
          code: 'BAD_REQUEST',
          message: `The head office decides which rows and columns a station syncs; do not send ${name}`,
        },
      });
    }
    const unknown = await get('/v1/shape?table=channels&offset=-1', northStation.token);
    expect(unknown.status).toBe(403);
    expect(await unknown.json()).toMatchObject({
      error: {
        code: 'PERMISSION_DENIED',
        message: expect.stringMatching(/cannot sync channels/) as unknown,
      },
    });
    const noOffset = await get('/v1/shape?table=products', northStation.token);
    expect(noOffset.status).toBe(400);
    const stranger = await get('/v1/shape?table=products&offset=-1', 'not-a-station-token');
    expect(stranger.status).toBe(401);
    expect(await stranger.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(electric.requests).toHaveLength(0);
  });

  it('passes status, body and Electric headers through, decoded, for 200, 409 and 400', async () => {
    const { get, northStation } = await setup((request, response) => {
      const offset = request.url.searchParams.get('offset');
      if (offset === '-1') return snapshot(request, response);
      if (offset === '5_0') return answerMustRefetch(request, response, '9876-1700000000999');
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ message: 'Invalid request', errors: { offset: ['has invalid format'] } }),
      );
    });

    const ok = await get('/v1/shape?table=products&offset=-1', northStation.token);
    expect(ok.status).toBe(200);
    expect(Object.fromEntries(ok.headers)).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
      etag: '"9876-1700000000000:-1:0_inf"',
      'electric-handle': '9876-1700000000000',
      'electric-offset': '0_inf',
      'electric-schema': expect.stringContaining('"sku"') as unknown,
      'electric-up-to-date': '',
      vary: 'authorization',
    });
    // Electric gzipped the body; the station gets it as decoded, so no stale encoding headers.
    expect(ok.headers.get('content-encoding')).toBeNull();
    expect(ok.headers.get('x-request-id')).toBeNull();
    const body: unknown = await ok.json();
    expect(body).toEqual([
      {
        key: '"public"."products"/"p1"',
        value: { id: 'p1', sku: 'SKU-1' },
        headers: { operation: 'insert' },
      },
      { headers: { control: 'up-to-date' } },
    ]);

    const refetch = await get(
      '/v1/shape?table=products&offset=5_0&handle=9876-1700000000000',
      northStation.token,
    );
    expect(refetch.status).toBe(409);
    expect(refetch.headers.get('electric-handle')).toBe('9876-1700000000999');
    expect(await refetch.json()).toEqual([{ headers: { control: 'must-refetch' } }]);

    const bad = await get('/v1/shape?table=products&offset=banana', northStation.token);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      message: 'Invalid request',
      errors: { offset: ['has invalid format'] },
    });
  });

  it('answers 502 with a sentence when Electric is down or refuses the head office', async () => {
    const refusing = await setup((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Unauthorized - Invalid API secret' }));
    });
    const refused = await refusing.get(
      '/v1/shape?table=products&offset=-1',
      refusing.northStation.token,
    );
    // Not 401: the station's own token is fine, and a 401 would tell it to enrol again.
    expect(refused.status).toBe(502);
    expect(await refused.json()).toMatchObject({
      error: { code: 'UNAVAILABLE', message: expect.stringMatching(/ELECTRIC_SECRET/) as unknown },
    });

    await refusing.electric.close();
    const down = await refusing.get(
      '/v1/shape?table=products&offset=-1',
      refusing.northStation.token,
    );
    expect(down.status).toBe(502);
    expect(await down.json()).toEqual({
      error: {
        code: 'UNAVAILABLE',
        message: expect.stringMatching(
          /cannot reach its sync service at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED.*ELECTRIC_URL/,
        ) as unknown,
      },
    });
  });
});
