import { isChangeMessage, isControlMessage, ShapeStream } from '@electric-sql/client';
import type { Message, Row } from '@electric-sql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database';
import { answerMustRefetch, answerShape, startFakeElectric } from './electric-proxy-fake-electric';
import type { ElectricRequest } from './electric-proxy-fake-electric';
import type { ServerResponse } from 'node:http';
import { startProxyOffice, twoStations } from './electric-proxy-test-office';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const insert = (id: string, sku: string, lsn?: string) => ({
  key: `"public"."products"/"${id}"`,
  value: { id, sku },
  headers: {
    operation: 'insert',
    ...(lsn ? { lsn, op_position: 0, txids: [Number(lsn)], last: true } : {}),
  },
});
const UP_TO_DATE = { headers: { control: 'up-to-date' } };

/**
 * Electric as the client meets it: a snapshot under handle H1, one live insert, then the shape
 * is rotated (409) and the snapshot comes again under H2, after which live requests are held.
 */
function electricScript(request: ElectricRequest, response: ServerResponse): void {
  const query = request.url.searchParams;
  const handle = query.get('handle');
  const offset = query.get('offset');
  if (offset === '-1') {
    const next = handle === 'H2' ? 'H2' : 'H1';
    const rows =
      next === 'H2' ? [insert('p1', 'SKU-1'), insert('p2', 'SKU-2')] : [insert('p1', 'SKU-1')];
    answerShape(request, response, {
      handle: next,
      offset: '0_inf',
      messages: [...rows, UP_TO_DATE],
      upToDate: true,
    });
  } else if (handle === 'H1' && offset === '0_inf') {
    setTimeout(
      () =>
        answerShape(request, response, {
          handle: 'H1',
          offset: '27_0',
          messages: [insert('p2', 'SKU-2', '27'), UP_TO_DATE],
          live: true,
          upToDate: true,
        }),
      200,
    );
  } else if (handle === 'H1') {
    answerMustRefetch(request, response, 'H2');
  }
  // Live requests on H2 are held, as Electric holds them while nothing changes.
}

describe('the real @electric-sql/client ShapeStream through the Electric proxy', () => {
  it('takes the snapshot, a live change and a must-refetch as they come from Electric', async () => {
    const db = await createTestDatabase(4);
    cleanups.push(() => db.drop());
    const electric = await startFakeElectric(electricScript);
    cleanups.push(() => electric.close());
    const office = await startProxyOffice(db, { electricUrl: `${electric.url}/v1/shape` });
    cleanups.push(() => office.close());
    const { northStation } = await twoStations(db);

    const controller = new AbortController();
    cleanups.push(() => Promise.resolve(controller.abort()));
    const errors: unknown[] = [];
    const messages: Message<Row>[] = [];
    const stream = new ShapeStream({
      url: `${office.url}/v1/shape`,
      params: { table: 'products' },
      headers: { authorization: `Bearer ${northStation.token}` },
      signal: controller.signal,
      onError: (error) => {
        errors.push(error);
      },
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no refetched snapshot; ${String(errors)}`)),
        15_000,
      );
      stream.subscribe((batch) => {
        messages.push(...batch);
        if (
          stream.shapeHandle === 'H2' &&
          batch.some((m) => isControlMessage(m) && m.headers.control === 'up-to-date')
        ) {
          clearTimeout(timer);
          resolve();
        }
      });
    });

    expect(errors).toEqual([]);
    const seen = messages.map((m) =>
      isChangeMessage(m)
        ? `${m.headers.operation} ${typeof m.value.sku === 'string' ? m.value.sku : '?'}`
        : m.headers.control,
    );
    expect(seen).toEqual([
      'insert SKU-1',
      'up-to-date',
      'insert SKU-2',
      'up-to-date',
      'must-refetch',
      'insert SKU-1',
      'insert SKU-2',
      'up-to-date',
    ]);
    expect(stream.lastOffset).toBe('0_inf');
    expect(stream.isUpToDate).toBe(true);
    // Every request Electric saw was for the station's shape, whatever the client added.
    // The refetch names the expired handle: the client's cache-busting survives the proxy.
    expect(electric.requests.at(-1)?.url.searchParams.get('expired_handle')).toBe('H1');
    for (const request of electric.requests) {
      expect(request.url.searchParams.get('table')).toBe('products');
      expect(request.url.searchParams.get('replica')).toBe('full');
      expect(request.url.searchParams.has('where')).toBe(false);
    }
  });
});
