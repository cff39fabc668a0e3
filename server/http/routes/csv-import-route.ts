import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseOrderCsv } from '../../channels';
import { captureContentHash } from '../../pipeline/content-hash';
import { captureOrder, findExisting } from '../../pipeline/capture-order';
import { PipelineError } from '../../pipeline/pipeline-error';
import type { AppContext } from '../app-context';
import { requireRole } from '../auth';
import { loadChannel } from '../channel-auth';

const Params = z.object({ channel: z.string().min(1).max(40) });
const Query = z.object({
  validRowsOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
const MAX_CSV_BYTES = 10 * 1024 * 1024;

interface RowProblem {
  row: number;
  field: string;
  message: string;
}

/**
 * CSV order import for a channel (columns: server/channels/csv/README.md). A file with any bad
 * row imports nothing and lists every problem by row and field, unless the caller asks for the
 * valid orders only.
 */
export function csvImportRoute(app: FastifyInstance, ctx: AppContext): void {
  void app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      ['text/csv', 'text/plain'],
      { parseAs: 'string', bodyLimit: MAX_CSV_BYTES },
      (_r, body, done) => done(null, body),
    );
    scope.post('/v1/channels/:channel/orders/import', async (request, reply) => {
      const who = await requireRole(ctx.db, request, 'manager');
      const channel = await loadChannel(ctx.db, Params.parse(request.params).channel);
      const { validRowsOnly } = Query.parse(request.query);
      const text = typeof request.body === 'string' ? request.body : '';
      const parsed = parseOrderCsv(text);
      const problems: RowProblem[] = [...parsed.errors];

      // Orders already captured with other content would fail one by one mid-import; find them first.
      const importable: typeof parsed.orders = [];
      for (const order of parsed.orders) {
        try {
          await findExisting(
            ctx.db,
            channel,
            order.capture.externalId,
            captureContentHash(order.capture),
          );
          importable.push(order);
        } catch (error) {
          if (!(error instanceof PipelineError)) throw error;
          problems.push({ row: order.rows[0] ?? 0, field: 'external_id', message: error.message });
        }
      }
      problems.sort((a, b) => a.row - b.row);
      if (problems.length > 0 && !validRowsOnly) {
        return reply.status(422).send({
          error: {
            code: 'UNPROCESSABLE',
            message: `The file has ${problems.length} problem(s); nothing was imported. Fix them, or import the valid orders only with ?validRowsOnly=true.`,
            issues: problems.map((p) => ({ row: p.row, path: p.field, message: p.message })),
          },
        });
      }
      const imported = [];
      for (const order of importable) {
        const result = await captureOrder(ctx.db, channel, order.capture, `csv:${who.name}`);
        if (result.created)
          ctx.metrics.ordersCaptured.inc({ channel: channel.code, status: result.status });
        imported.push({
          externalId: order.capture.externalId,
          rows: order.rows,
          number: result.number,
          status: result.status,
          created: result.created,
        });
      }
      return reply.status(200).send({ imported, skipped: problems });
    });
    done();
  });
}
