import type { FastifyInstance, FastifyReply } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { z } from 'zod';
import type { AppContext } from '../http/app-context';
import { PipelineError } from '../pipeline/pipeline-error';
import { ChangeWaker, shapeListenUrl } from './change-waker';
import { ServerSockets } from './server-sockets';
import { shapeHandle, handleMatches } from './shape-handle';
import { readChanges, readHorizon, readSnapshot } from './shape-log-reader';
import type { LogHorizon } from './shape-log-reader';
import { changeMessage, MUST_REFETCH, snapshotInsert, UP_TO_DATE } from './shape-messages';
import type { ShapeMessage } from './shape-messages';
import { scheduleShapeLogCompaction } from './shape-log-compaction';
import { formatOffset, horizonPosition, parseOffset } from './shape-offset';
import type { LogPosition } from './shape-offset';
import { tableSchema } from './shape-schema';
import { stationShapeScope } from './shape-scope';
import type { ShapeScope } from './shape-scope';
import { guardShapeRequest } from './shape-request-guard';
import type { ShapeDefinition } from './shape-tables';

export interface ShapeFeedOptions {
  scope?: ShapeScope;
  /** How long a live request waits for a change before answering up-to-date. */
  longPollMs?: number;
  /** Most changes in one answer; the client asks again at once for the rest. */
  maxChanges?: number;
  compaction?: { intervalMs: number; retentionMs: number };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULTS = {
  longPollMs: 20_000,
  maxChanges: 5_000,
  compaction: { intervalMs: 60 * 60 * 1000, retentionMs: 7 * DAY_MS },
};
/** How soon to look again when committed changes wait behind an older open transaction. */
const HELD_BACK_RECHECK_MS = 200;

const shapeQuery = z.looseObject({
  table: z.string({ error: 'Name the shape: ?table=<table>' }),
  offset: z.string({ error: 'Send an offset: -1 for a snapshot' }),
  handle: z.string().optional(),
  live: z.enum(['true', 'false']).optional(),
  cursor: z.string().optional(),
  replica: z.enum(['default', 'full']).optional(),
  log: z.enum(['full', 'changes_only']).optional(),
});

/** GET /v1/shape — Electric's HTTP shape protocol, served from the trigger-filled change log. */
export function shapeRoute(app: FastifyInstance, ctx: AppContext, options: ShapeFeedOptions = {}) {
  const scope = options.scope ?? stationShapeScope(ctx.db);
  const longPollMs = options.longPollMs ?? DEFAULTS.longPollMs;
  const maxChanges = options.maxChanges ?? DEFAULTS.maxChanges;
  const waker = new ChangeWaker(
    () => shapeListenUrl(ctx.db),
    (error) => app.log.warn({ err: error }, 'shape feed lost its LISTEN connection'),
  );
  const compaction = scheduleShapeLogCompaction(ctx.db, {
    ...(options.compaction ?? DEFAULTS.compaction),
    onError: (error) => app.log.error({ err: error }, 'shape log compaction failed'),
  });
  // Node sweeps idle keep-alive sockets once when the server closes; a station's socket that goes
  // idle after that sweep (its long-poll answered by the wake below), or one its client opened
  // but has not used yet, would hold close() for the whole keep-alive timeout (72 s). So every
  // socket is closed once it owes no answer.
  const sockets = new ServerSockets();
  app.server.on('connection', (socket: Socket) => sockets.add(socket));
  app.server.on('request', (request: IncomingMessage, response: ServerResponse) =>
    sockets.answering(request.socket, response),
  );
  app.addHook('preClose', async () => {
    compaction.stop();
    await waker.close();
    await sockets.closeWhenIdle();
  });

  app.get('/v1/shape', async (request, reply) => {
    const query = shapeQuery.parse(request.query);
    const table = guardShapeRequest(query);
    const offset = parseOffset(query.offset);
    if (!offset) {
      throw new PipelineError('BAD_REQUEST', `Offset ${query.offset} is not -1, now or <tx>_<op>`);
    }
    const caller = await scope(request);
    const def: ShapeDefinition = {
      table,
      warehouseId: caller.warehouseId,
      stationId: caller.stationId,
      replica: query.replica ?? 'default',
    };
    const schema = await tableSchema(ctx.db, def.table);
    const answer = (
      handle: string,
      position: LogPosition,
      messages: ShapeMessage[],
      upToDate: boolean,
    ): FastifyReply => {
      reply
        .header('electric-handle', handle)
        .header('electric-offset', formatOffset(position))
        .header('electric-schema', JSON.stringify(schema.header))
        .header('electric-cursor', nextCursor(query.cursor))
        // Rows are chosen per caller: no shared cache may keep them.
        .header('cache-control', 'no-store')
        .type('application/json');
      if (upToDate) reply.header('electric-up-to-date', '');
      // A long-poll answered because the app is closing would otherwise leave its keep-alive
      // socket open, and closing waits for that socket's keep-alive timeout.
      if (waker.closed) reply.header('connection', 'close');
      return reply.send(JSON.stringify(upToDate ? [...messages, UP_TO_DATE] : messages));
    };
    const mustRefetch = (horizon: LogHorizon): FastifyReply =>
      reply
        .status(409)
        .header('electric-handle', shapeHandle(def, horizon.compactedBelow))
        .header('cache-control', 'no-store')
        .type('application/json')
        .send(JSON.stringify([MUST_REFETCH]));

    if (offset.kind === 'snapshot' && query.log !== 'changes_only') {
      const { horizon, rows } = await readSnapshot(ctx.db, def);
      const messages = rows.map((r) => snapshotInsert(def, r.key, r.value));
      messages.push({ headers: { control: 'snapshot-end', ...horizon.snapshot } });
      return answer(
        shapeHandle(def, horizon.compactedBelow),
        horizonPosition(horizon.xmin),
        messages,
        true,
      );
    }
    if (offset.kind !== 'log') {
      const horizon = await readHorizon(ctx.db);
      const handle =
        query.handle && handleMatches(query.handle, def)
          ? query.handle
          : shapeHandle(def, horizon.compactedBelow);
      return answer(handle, horizonPosition(horizon.xmin), [], true);
    }
    if (!query.handle || !handleMatches(query.handle, def)) {
      return mustRefetch(await readHorizon(ctx.db));
    }

    const handle = query.handle;
    const deadline = Date.now() + longPollMs;
    await waker.ready();
    const topic = { relation: def.table, warehouseId: def.warehouseId };
    for (;;) {
      const seen = waker.generationFor(topic);
      const { horizon, changes, waiting } = await readChanges(ctx.db, def, offset.at, maxChanges);
      if (offset.at.txid < horizon.compactedBelow) return mustRefetch(horizon);
      const remaining = deadline - Date.now();
      if (changes.length > 0 || query.live !== 'true' || remaining <= 0 || waker.closed) {
        const last = changes.at(-1)?.position;
        const complete = changes.length < maxChanges;
        const position = complete ? laterOf(horizonPosition(horizon.xmin), offset.at) : last;
        return answer(
          handle,
          position ?? offset.at,
          changes.map((c) => changeMessage(def, c)),
          complete,
        );
      }
      await waker.waitAfter(
        topic,
        seen,
        waiting ? Math.min(HELD_BACK_RECHECK_MS, remaining) : remaining,
      );
    }
  });
}

function laterOf(a: LogPosition, b: LogPosition): LogPosition {
  if (a.txid !== b.txid) return a.txid > b.txid ? a : b;
  return a.id >= b.id ? a : b;
}

/**
 * A cursor different from the one the client sent, so a live URL is never answered twice, and
 * different in every session: the client suppresses the first up-to-date of a new session when
 * the cursor equals the one it saw last (it takes that for a replay from a cache).
 */
function nextCursor(requested: string | undefined): string {
  const now = Date.now();
  const previous = requested && /^\d+$/.test(requested) ? Number(requested) : 0;
  return String(Math.max(now, previous + 1));
}
