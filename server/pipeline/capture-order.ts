import type { Kysely, Transaction } from 'kysely';
import type { OrderCapture } from '../../shared/api/order-capture';
import type { ChannelKind } from '../../shared/domain/channel-kind';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { RuleViolation } from '../../shared/domain/validation-rules/order-facts';
import type { CentralDatabase } from '../db/schema';
import { captureContentHash } from './content-hash';
import { AlreadyCaptured, captureNewOrder } from './capture-new-order';
import { PipelineError } from './pipeline-error';

type Trx = Transaction<CentralDatabase>;

export interface CaptureChannel {
  id: string;
  code: string;
  kind: ChannelKind;
  orderPrefix: string;
}

export interface CaptureResult {
  orderId: string;
  number: string;
  status: OrderStatus;
  /** False when this was a retry of an order already captured: nothing changed. */
  created: boolean;
  holdReasons: RuleViolation[];
}

/**
 * Takes a validated order from any channel through the pipeline in one transaction: stored,
 * checked against the rules (held with reasons if any fail), reserved and allocated. The same
 * external id with the same content answers with the first order; with other content, 409.
 */
export async function captureOrder(
  db: Kysely<CentralDatabase>,
  channel: CaptureChannel,
  capture: OrderCapture,
  actor: string,
): Promise<CaptureResult> {
  const hash = captureContentHash(capture);
  // New orders are the common case, so there is no look-up first: the insert itself finds a
  // repeat (a retry, or two deliveries racing), rolls the work back, and answers with the first.
  try {
    return await db
      .transaction()
      .execute((trx) => captureNewOrder(db, trx, channel, capture, hash, actor));
  } catch (error) {
    if (!(error instanceof AlreadyCaptured)) throw error;
  }
  const first = await findExisting(db, channel, capture.externalId, hash);
  if (!first)
    throw new PipelineError('INTERNAL', 'The order was captured and then vanished; try again.');
  return first;
}

/** The order already captured for this channel and external id, or undefined; 409 if it differs. */
export async function findExisting(
  db: Kysely<CentralDatabase> | Trx,
  channel: CaptureChannel,
  externalId: string,
  hash: string,
): Promise<CaptureResult | undefined> {
  const row = await db
    .selectFrom('orders')
    .select(['id', 'number', 'status', 'content_hash', 'hold_reasons'])
    .where('channel_id', '=', channel.id)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.content_hash !== hash) {
    throw new PipelineError(
      'CONFLICT',
      `Channel ${channel.code} already sent order ${externalId} (our ${row.number}) with different ` +
        'content. Changes to a captured order are not accepted by re-sending it; cancel it and send a new one.',
    );
  }
  return {
    orderId: row.id,
    number: row.number,
    status: row.status as OrderStatus,
    created: false,
    holdReasons: row.hold_reasons as RuleViolation[],
  };
}
