import type { FastifyInstance, FastifyReply } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { AppContext } from '../http/app-context';
import {
  electricShapeEndpoint,
  electricShapeUrl,
  readProxyRequest,
  stationFilter,
} from './electric-shape-params';
import { ServerSockets } from './server-sockets';
import { tableSchema } from './shape-schema';
import type { ShapeScope } from './shape-scope';

export interface ElectricProxyOptions {
  /** ELECTRIC_URL: the Electric service (`http://electric:3000`) or its `/v1/shape`. */
  electricUrl: string;
  scope: ShapeScope;
  /** ELECTRIC_SECRET, sent to Electric and never to or from a station. */
  electricSecret?: string;
  fetchClient?: typeof fetch;
}

/**
 * Response headers a station needs from Electric: the protocol's own (`electric-*`), how to
 * parse and cache the body, and when to retry.
 */
const PASSED_HEADERS = /^(electric-.*|cache-control|content-type|etag|retry-after)$/;

/**
 * GET /v1/shape in front of Electric — the auth-proxy pattern. The head office chooses the
 * shape (table, where, params, columns, replica) from the station's identity; the station
 * chooses only its place in the shape log; Electric's answer goes back as it came, streamed.
 */
export function electricProxyRoute(
  app: FastifyInstance,
  ctx: AppContext,
  options: ElectricProxyOptions,
): void {
  const endpoint = electricShapeEndpoint(options.electricUrl);
  const fetchClient = options.fetchClient ?? fetch;
  const inFlight = new Set<AbortController>();
  let closing = false;
  // As for the built-in feed: a closing head office must not wait for stations' long-polls
  // (Electric holds them ~20 s) or for keep-alive sockets that owe no answer.
  const sockets = new ServerSockets();
  app.server.on('connection', (socket: Socket) => sockets.add(socket));
  app.server.on('request', (request: IncomingMessage, response: ServerResponse) =>
    sockets.answering(request.socket, response),
  );
  app.addHook('preClose', async () => {
    closing = true;
    for (const upstream of inFlight) upstream.abort();
    await sockets.closeWhenIdle();
  });

  app.get('/v1/shape', async (request, reply) => {
    const wanted = readProxyRequest(request.query);
    const caller = await options.scope(request);
    const { columns } = await tableSchema(ctx.db, wanted.table);
    const url = electricShapeUrl(
      endpoint,
      wanted,
      stationFilter(wanted.table, caller),
      columns,
      options.electricSecret,
    );

    // A station that hangs up (stopped, or gave up on a long-poll) ends the upstream request
    // too, so Electric does not hold a live request for nobody. After a complete answer the
    // abort is a no-op. No timeout of our own: Electric answers a live request in about 20 s,
    // and the fetch client's header and body timeouts (300 s) sit well above that.
    const upstream = new AbortController();
    inFlight.add(upstream);
    reply.raw.on('close', () => {
      inFlight.delete(upstream);
      upstream.abort();
    });
    const headers: Record<string, string> = {};
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;

    let response: Response;
    try {
      response = await fetchClient(url, { headers, signal: upstream.signal });
    } catch (error) {
      if (closing) return restarting(reply);
      if (!upstream.signal.aborted) {
        request.log.warn({ err: error, electric: endpoint.origin }, 'Electric is unreachable');
      }
      return unreachable(reply, endpoint, error);
    }

    if (response.status === 401 || response.status === 403) {
      // Electric refused the head office, not the station: a station told 401 would think its
      // own enrolment had been revoked.
      await response.body?.cancel();
      request.log.error(
        { status: response.status, electric: endpoint.origin },
        'Electric refused the head office; check ELECTRIC_SECRET',
      );
      return reply.status(502).send({
        error: {
          code: 'UNAVAILABLE',
          message:
            'The sync service refused the head office (its ELECTRIC_SECRET does not match). ' +
            'The station keeps retrying; an administrator must fix the head office settings.',
        },
      });
    }

    reply.status(response.status);
    response.headers.forEach((value, name) => {
      if (PASSED_HEADERS.test(name)) reply.header(name, value);
    });
    // Rows depend on who asks: a shared cache must not hand one warehouse's answer to another.
    reply.header('vary', 'authorization');
    // The body is sent as fetch decoded it, so Electric's content-encoding and content-length
    // (never copied above) would describe bytes the station does not receive.
    if (!response.body) return reply.send();
    return reply.send(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>));
  });
}

function restarting(reply: FastifyReply): FastifyReply {
  return reply
    .status(503)
    .header('connection', 'close')
    .send({
      error: {
        code: 'UNAVAILABLE',
        message: 'The head office is restarting; the station reconnects by itself in a moment.',
      },
    });
}

function unreachable(reply: FastifyReply, endpoint: URL, error: unknown): FastifyReply {
  return reply.status(502).send({
    error: {
      code: 'UNAVAILABLE',
      message:
        `The head office cannot reach its sync service at ${endpoint.origin} ` +
        `(${causeText(error)}). The station keeps retrying; if this lasts, an administrator ` +
        'should check that Electric is running and that ELECTRIC_URL points to it.',
    },
  });
}

/** fetch reports every network failure as "fetch failed"; the cause says which. */
function causeText(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message;
  }
  return String(error);
}
