import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * A stand-in for Electric on a loopback port, for tests of the proxy: it records every request
 * and answers as the test says, with Electric's headers and message bodies. (A real Electric
 * needs a container or an Elixir build, neither of which the test machines have.)
 */
export interface ElectricRequest {
  url: URL;
  headers: IncomingHttpHeaders;
  /** Resolves when the proxy hangs up before this request was answered. */
  abandoned: Promise<void>;
}

export type ElectricResponder = (request: ElectricRequest, response: ServerResponse) => void;

export interface FakeElectric {
  url: string;
  requests: ElectricRequest[];
  close(): Promise<void>;
}

export async function startFakeElectric(respond: ElectricResponder): Promise<FakeElectric> {
  const requests: ElectricRequest[] = [];
  const server = createServer((req, res) => {
    let markAbandoned = (): void => undefined;
    const abandoned = new Promise<void>((resolve) => {
      markAbandoned = resolve;
    });
    res.on('close', () => {
      if (!res.writableFinished) markAbandoned();
    });
    const request = { url: new URL(req.url ?? '/', 'http://electric'), headers: req.headers };
    requests.push({ ...request, abandoned });
    respond({ ...request, abandoned }, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })),
  };
}

export interface ShapeAnswer {
  handle: string;
  offset: string;
  messages: unknown[];
  /** Live answers carry a cursor; others the table schema. */
  live?: boolean;
  upToDate?: boolean;
}

export const ELECTRIC_SCHEMA = JSON.stringify({
  id: { type: 'uuid', pk_index: 0, not_null: true },
  sku: { type: 'text', not_null: true },
});

/** A 200 as Electric sends it: gzipped when asked, with its protocol and cache headers. */
export function answerShape(
  request: ElectricRequest,
  response: ServerResponse,
  answer: ShapeAnswer,
): void {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': answer.live
      ? 'public, max-age=5, stale-while-revalidate=5'
      : 'public, max-age=60, stale-while-revalidate=300',
    etag: `"${answer.handle}:${request.url.searchParams.get('offset') ?? ''}:${answer.offset}"`,
    'electric-handle': answer.handle,
    'electric-offset': answer.offset,
    'access-control-expose-headers': 'electric-cursor,electric-handle,electric-offset',
    'x-request-id': 'F-fake-request',
  };
  if (answer.live) headers['electric-cursor'] = String(Date.now());
  else headers['electric-schema'] = ELECTRIC_SCHEMA;
  if (answer.upToDate) headers['electric-up-to-date'] = '';
  send(request, response, 200, headers, JSON.stringify(answer.messages));
}

/** A 409: the shape was rotated; the client starts again from -1 with the new handle. */
export function answerMustRefetch(
  request: ElectricRequest,
  response: ServerResponse,
  newHandle: string,
): void {
  send(
    request,
    response,
    409,
    {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=60, must-revalidate',
      'electric-handle': newHandle,
    },
    JSON.stringify([{ headers: { control: 'must-refetch' } }]),
  );
}

function send(
  request: ElectricRequest,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  const gzip = String(request.headers['accept-encoding'] ?? '').includes('gzip');
  const bytes = gzip ? gzipSync(body) : Buffer.from(body);
  response.writeHead(status, {
    ...headers,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': String(bytes.length),
  });
  response.end(bytes);
}
