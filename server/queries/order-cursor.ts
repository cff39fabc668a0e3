import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { PipelineError } from '../pipeline/pipeline-error';

/** Where a page ended: created_at to the microsecond (as PostgreSQL text) and the id. */
export interface OrderCursorPosition {
  createdAt: string;
  id: string;
}

const MAC_BYTES = 16;
const Payload = z.object({
  v: z.literal(1),
  t: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
  i: z.uuid(),
  f: z.string(),
});

/**
 * Cursors are opaque to clients: base64url of a MAC and a small JSON position. The MAC makes an
 * edited cursor a clear 400 instead of a silently different page, and the filter fingerprint
 * makes a cursor from one search unusable in another.
 */
export class OrderCursorCodec {
  private readonly key: Buffer;

  constructor(secretKey: Buffer) {
    this.key = createHmac('sha256', secretKey).update('wharf:order-list-cursor:v1').digest();
  }

  encode(position: OrderCursorPosition, filters: object): string {
    const payload = Buffer.from(
      JSON.stringify({ v: 1, t: position.createdAt, i: position.id, f: fingerprint(filters) }),
    );
    return Buffer.concat([this.mac(payload), payload]).toString('base64url');
  }

  decode(cursor: string, filters: object): OrderCursorPosition {
    const bytes = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url') : null;
    const mac = bytes?.subarray(0, MAC_BYTES);
    const payload = bytes?.subarray(MAC_BYTES);
    if (!mac || !payload || payload.length === 0 || !timingSafeEqual(mac, this.mac(payload))) {
      throw invalid('The cursor is not one this server gave out; start again without a cursor');
    }
    const parsed = Payload.safeParse(parseJson(payload.toString('utf8')));
    if (!parsed.success) throw invalid('The cursor is not readable; start again without a cursor');
    if (parsed.data.f !== fingerprint(filters)) {
      throw invalid('The cursor belongs to a search with other filters; start again without it');
    }
    return { createdAt: parsed.data.t, id: parsed.data.i };
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }
}

function fingerprint(filters: object): string {
  const entries = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(entries)).digest('base64url').slice(0, 12);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function invalid(message: string): PipelineError {
  return new PipelineError('BAD_REQUEST', message, [{ path: 'cursor', message }]);
}
