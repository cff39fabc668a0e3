import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { once } from 'node:events';
import {
  BuySchema,
  CreateShipmentSchema,
  FakeRefusal,
  ScanFormRequestSchema,
  TrackerRequestSchema,
  parseFakeBody,
} from './fake-middleware-requests';
import { DEFAULT_FAKE_CARRIERS, FakeMiddlewareStore } from './fake-middleware-store';
import type { FakeCarrier } from './fake-middleware-store';

/** Something the fake does instead of answering properly, for the next matching requests. */
export type FakeFault =
  | { kind: 'status'; status: 500 | 502 | 503 | 504 }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** Accepts the request and never answers (until the fake closes). */
  | { kind: 'hang' }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed' }
  /** 200 with JSON that is not what the endpoint returns. */
  | { kind: 'wrong-shape' }
  /** Does the work, then answers 500 as if the answer was lost on the way back. */
  | { kind: 'lost-answer' };

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  authorized: boolean;
  /** The fault the fake answered with, if any. */
  fault: FakeFault['kind'] | null;
}

export interface FakeMiddleware {
  url: string;
  apiKey: string;
  requests: RecordedRequest[];
  store: FakeMiddlewareStore;
  /** Every tracking code the fake issued, in order (helper for tracking/webhook tests). */
  issuedTrackingCodes(): string[];
  /** The next `times` requests whose path starts with `pathPrefix` (default: any) get `fault`. */
  inject(fault: FakeFault, times?: number, pathPrefix?: string): void;
  /** Requests of this method and path prefix made so far. */
  calls(method: string, pathPrefix: string): RecordedRequest[];
  close(): Promise<void>;
}

export interface FakeMiddlewareOptions {
  apiKey?: string;
  carriers?: FakeCarrier[];
  /** Put the ZPL in the buy answer instead of a download link. */
  inlineLabels?: boolean;
}

/**
 * An EasyPost-style shipping middleware on a loopback port, behaving like the real service:
 * basic-auth API key, 422 with field errors on bad input, rates per carrier, labels as real ZPL
 * with unique tracking codes, refunds and scan forms — and, when told, 5xx, 429 with
 * Retry-After, a hang, or a malformed body.
 */
export async function startFakeMiddleware(
  options: FakeMiddlewareOptions = {},
): Promise<FakeMiddleware> {
  const apiKey = options.apiKey ?? 'EZTK_fake_key';
  const faults: { fault: FakeFault; remaining: number; pathPrefix: string }[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let url = '';
  const inline = options.inlineLabels ?? false;
  const store = new FakeMiddlewareStore(
    options.carriers ?? structuredClone(DEFAULT_FAKE_CARRIERS),
    (id) => `${url}/labels/${id}`,
    () => inline,
  );

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { error: { code: 'INTERNAL', message: String(error) } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    const text = await readBody(req);
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Kept as text in the record; the route refuses it below.
    }
    const authorized = req.headers.authorization === basic(apiKey);
    const record: RecordedRequest = { method, path, body, authorized, fault: null };
    requests.push(record);

    // Label downloads are pre-signed links: no API key, and never faulted.
    const labelMatch = /^\/labels\/(shp_[0-9a-f]+)$/.exec(path);
    if (method === 'GET' && labelMatch?.[1]) {
      const zpl = store.labelZpl(labelMatch[1]);
      if (zpl === undefined)
        return send(res, 404, { error: { code: 'NOT_FOUND', message: 'No label' } });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(zpl);
      return;
    }
    const fault = takeFault(path);
    if (fault) record.fault = fault.kind;
    if (fault && fault.kind !== 'lost-answer') return answerWithFault(res, fault);
    if (!authorized) {
      return send(res, 401, {
        error: {
          code: 'APIKEY.INACTIVE',
          message: 'The API key is missing or not valid',
          errors: [],
        },
      });
    }
    if (typeof body === 'string') {
      return send(res, 400, {
        error: { code: 'BAD_REQUEST', message: 'The body is not JSON', errors: [] },
      });
    }
    try {
      const [status, answer] = route(method, path, body);
      if (fault?.kind === 'lost-answer') return answerWithFault(res, fault);
      send(res, status, answer);
    } catch (error) {
      if (!(error instanceof FakeRefusal)) throw error;
      send(res, error.status, error.body());
    }
  }

  function route(method: string, path: string, body: unknown): [number, unknown] {
    if (method === 'POST' && path === '/v2/shipments') {
      return [201, store.create(parseFakeBody(CreateShipmentSchema, body).shipment)];
    }
    const buy = /^\/v2\/shipments\/([^/]+)\/buy$/.exec(path);
    if (method === 'POST' && buy?.[1]) {
      return [200, store.buy(buy[1], parseFakeBody(BuySchema, body).rate.id)];
    }
    const one = /^\/v2\/shipments\/([^/]+)$/.exec(path);
    if (method === 'GET' && one?.[1]) return [200, store.get(one[1])];
    const refund = /^\/v2\/shipments\/([^/]+)\/refund$/.exec(path);
    if (method === 'POST' && refund?.[1]) return [200, store.refund(refund[1])];
    if (method === 'POST' && path === '/v2/scan_forms') {
      const ids = parseFakeBody(ScanFormRequestSchema, body).shipments.map((s) => s.id);
      return [201, store.scanForm(ids)];
    }
    if (method === 'POST' && path === '/v2/trackers') {
      const { tracker } = parseFakeBody(TrackerRequestSchema, body);
      return [201, store.tracker(tracker.tracking_code, tracker.carrier)];
    }
    throw new FakeRefusal(404, 'NOT_FOUND', `No ${method} ${path}`);
  }

  function takeFault(path: string): FakeFault | undefined {
    const index = faults.findIndex((f) => path.startsWith(f.pathPrefix));
    const entry = faults[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) faults.splice(index, 1);
    return entry.fault;
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('fake middleware has no port');
  url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    apiKey,
    requests,
    store,
    issuedTrackingCodes: () => [...store.trackingCodes],
    inject(fault, times = 1, pathPrefix = '/') {
      faults.push({ fault, remaining: times, pathPrefix });
    },
    calls: (method, pathPrefix) =>
      requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix)),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function answerWithFault(res: ServerResponse, fault: FakeFault): void {
  switch (fault.kind) {
    case 'lost-answer':
    case 'status':
      return send(res, fault.kind === 'status' ? fault.status : 500, {
        error: {
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Something went wrong on our side',
          errors: [],
        },
      });
    case 'rate-limit':
      res.setHeader('retry-after', String(fault.retryAfterSeconds));
      return send(res, 429, {
        error: { code: 'RATE_LIMITED', message: 'Too many requests', errors: [] },
      });
    case 'malformed':
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "shp_1", "rates": [');
      return;
    case 'wrong-shape':
      return send(res, 200, { object: 'Shipment', rates: 'none' });
    case 'hang':
      // Answer nothing; close() destroys the socket.
      return;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function basic(apiKey: string): string {
  return `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
