import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { z } from 'zod';
import { WAREHOUSE_ID } from './floor-rows';
import type { NextStop } from './picker-script';

const ScanBodySchema = z.strictObject({ waveId: z.uuid(), content: z.string().min(1).max(512) });

export interface OnlineAnswer {
  verdict: 'right' | 'wrong' | 'done';
  title: string;
  next: NextStop | null;
}

interface TaskRow {
  line_id: string;
  fulfilment_id: string;
  product_id: string;
  open: number;
  tote: string | null;
  bin_id: string;
  bin_code: string;
  gtin: string;
}

/**
 * The wave's next stop: open lines (need minus live picks) in walking order, each from the
 * first bin that still holds the product — the check a server-centric system makes per scan.
 */
const CURRENT_TASK = `
  SELECT l.id AS line_id, l.fulfilment_id, l.product_id,
         l.quantity - COALESCE(k.picked, 0) AS open, m.tote,
         b.id AS bin_id, b.code AS bin_code, p.gtin
    FROM wave_members m
    JOIN fulfilment_lines l ON l.fulfilment_id = m.fulfilment_id
    JOIN products p ON p.id = l.product_id
    LEFT JOIN LATERAL (SELECT sum(quantity)::int AS picked FROM picks
                        WHERE fulfilment_line_id = l.id AND reversed_at IS NULL) k ON true
    JOIN LATERAL (SELECT b.id, b.code, b.pick_sequence FROM bin_stock s JOIN bins b ON b.id = s.bin_id
                   WHERE s.product_id = l.product_id AND s.on_hand > 0
                   ORDER BY b.pick_sequence LIMIT 1) b ON true
   WHERE m.wave_id = $1 AND l.quantity - COALESCE(k.picked, 0) > 0
   ORDER BY b.pick_sequence, m.position, l.id
   LIMIT 1`;

async function currentTask(client: pg.PoolClient, waveId: string): Promise<TaskRow | null> {
  return (await client.query<TaskRow>(CURRENT_TASK, [waveId])).rows[0] ?? null;
}

async function decide(
  client: pg.PoolClient,
  waveId: string,
  content: string,
): Promise<OnlineAnswer> {
  // One picker per list: the wave row serialises its scans.
  await client.query('SELECT 1 FROM waves WHERE id = $1 FOR UPDATE', [waveId]);
  const task = await currentTask(client, waveId);
  if (!task) return { verdict: 'done', title: 'Pick list complete', next: null };
  const cursor = (
    await client.query<{ line_id: string; bin_id: string }>(
      'SELECT line_id, bin_id FROM pick_cursor WHERE wave_id = $1',
      [waveId],
    )
  ).rows[0];
  const binConfirmed = cursor?.bin_id === task.bin_id;
  const product = (
    await client.query<{ product_id: string; pack_quantity: number }>(
      'SELECT product_id, pack_quantity FROM product_barcodes WHERE barcode = $1',
      [content],
    )
  ).rows[0];
  const bin = product
    ? undefined
    : (
        await client.query<{ id: string }>(
          'SELECT id FROM bins WHERE warehouse_id = $1 AND code = $2',
          [WAREHOUSE_ID, content],
        )
      ).rows[0];
  let answer: Omit<OnlineAnswer, 'next'>;
  let cursorBin = cursor?.bin_id ?? null;
  if (!binConfirmed) {
    if (bin?.id === task.bin_id) {
      cursorBin = task.bin_id;
      await client.query(
        `INSERT INTO pick_cursor (wave_id, line_id, bin_id) VALUES ($1, $2, $3)
         ON CONFLICT (wave_id) DO UPDATE SET line_id = excluded.line_id, bin_id = excluded.bin_id`,
        [waveId, task.line_id, task.bin_id],
      );
      answer = { verdict: 'right', title: `Bin ${task.bin_code}` };
    } else {
      answer = { verdict: 'wrong', title: bin ? 'Wrong bin' : 'Scan the bin first' };
    }
  } else if (!product) {
    answer = { verdict: 'wrong', title: bin ? 'Wrong item' : 'Unknown barcode' };
  } else if (product.product_id !== task.product_id) {
    answer = { verdict: 'wrong', title: 'Wrong item' };
  } else if (product.pack_quantity > task.open) {
    answer = { verdict: 'wrong', title: 'Over-pick' };
  } else {
    await client.query(
      `INSERT INTO picks (warehouse_id, wave_id, fulfilment_id, fulfilment_line_id, product_id,
                          bin_id, quantity, tote)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        WAREHOUSE_ID,
        waveId,
        task.fulfilment_id,
        task.line_id,
        task.product_id,
        task.bin_id,
        product.pack_quantity,
        task.tote,
      ],
    );
    await client.query(
      'UPDATE bin_stock SET on_hand = on_hand - $3 WHERE bin_id = $1 AND product_id = $2',
      [task.bin_id, task.product_id, product.pack_quantity],
    );
    answer = { verdict: 'right', title: `Picked ${product.pack_quantity}` };
  }
  const after = await currentTask(client, waveId);
  if (!after)
    return {
      verdict: answer.verdict === 'wrong' ? 'wrong' : 'done',
      title: answer.title,
      next: null,
    };
  return {
    ...answer,
    next: {
      // A new stop at the same bin keeps the bin confirmed, as on the station.
      expecting: after.bin_id === cursorBin ? 'item' : 'bin',
      binCode: after.bin_code,
      barcode: after.gtin,
    },
  };
}

export interface OnlinePickServer {
  url: string;
  /** Starts a pick list of these fulfilments and returns its id and first stop. */
  startList(fulfilmentIds: readonly string[]): Promise<{ waveId: string; next: NextStop }>;
  /** The oldest released fulfilments not yet in a list. */
  released(limit: number): Promise<string[]>;
  close(): Promise<void>;
}

/** A Fastify route on loopback, doing per scan what a server-centric WMS does: all of it. */
export async function startOnlinePickServer(databaseUrl: string): Promise<OnlinePickServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const app: FastifyInstance = Fastify({ logger: false });
  app.post('/v1/pick-scan', async (request) => {
    const body = ScanBodySchema.parse(request.body);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const answer = await decide(client, body.waveId, body.content);
      await client.query('COMMIT');
      return answer;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: `${url}/v1/pick-scan`,
    async released(limit) {
      const rows = await pool.query<{ id: string }>(
        `SELECT f.id FROM fulfilments f
          WHERE f.warehouse_id = $1 AND f.status = 'released'
            AND NOT EXISTS (SELECT 1 FROM wave_members m WHERE m.fulfilment_id = f.id)
          ORDER BY f.updated_at, f.number LIMIT $2`,
        [WAREHOUSE_ID, limit],
      );
      return rows.rows.map((r) => r.id);
    },
    async startList(fulfilmentIds) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const wave = await client.query<{ id: string }>(
          `INSERT INTO waves (id, warehouse_id, created_at) VALUES (gen_random_uuid(), $1, now())
           RETURNING id`,
          [WAREHOUSE_ID],
        );
        const waveId = wave.rows[0]?.id;
        if (!waveId) throw new Error('No wave id came back');
        await client.query(
          `INSERT INTO wave_members (wave_id, position, fulfilment_id, tote)
           SELECT $1, ord - 1, f, 'TOTE-' || ord FROM unnest($2::uuid[]) WITH ORDINALITY AS t(f, ord)`,
          [waveId, fulfilmentIds],
        );
        const first = await currentTask(client, waveId);
        await client.query('COMMIT');
        if (!first) throw new Error('The new online pick list has nothing to pick');
        return { waveId, next: { expecting: 'bin', binCode: first.bin_code, barcode: first.gtin } };
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
