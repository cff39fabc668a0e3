import type { FastifyInstance } from 'fastify';
import { StockReceiptSchema } from '../../../shared/api/stock-receipt';
import type { StockReceiptAnswer } from '../../../shared/api/stock-receipt';
import { receiveStock } from '../../pipeline/receive-stock';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { parseRequest } from '../parse-request';

/** Goods in: ledger rows, the purchase order, and backorders filled from the new stock. */
export function stockReceiptsRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/v1/stock/receipts', async (request, reply) => {
    const caller = await requireRole(ctx.db, request, 'manager');
    const receipt = parseRequest(StockReceiptSchema, request.body, 'body');
    const outcome = await receiveStock(ctx.db, receipt, caller.name);
    const answer: StockReceiptAnswer = {
      receipt: {
        id: outcome.receiptId,
        warehouse: outcome.warehouse,
        bin: outcome.bin,
        purchaseOrder: outcome.purchaseOrder,
        reference: outcome.reference,
        lines: outcome.lines,
        receivedAt: outcome.receivedAt,
        actor: outcome.actor,
      },
      backorders: outcome.backorders,
    };
    return reply.status(201).send(answer);
  });
}
