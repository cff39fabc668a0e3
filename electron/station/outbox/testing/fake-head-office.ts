import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MutationBatchSchema } from '../../../../shared/mutations';
import type { MutationEnvelope, MutationOutcome } from '../../../../shared/mutations';

/** How the fake answers one request; once the queue is empty it answers normally. */
export type FakeBehaviour =
  | 'answer'
  /** Applies the batch, then drops the connection before answering (a lost answer). */
  | 'apply-then-drop'
  /** Answers well-formed JSON that does not match what was sent. */
  | 'garbled'
  /** Never answers until the client goes away. */
  | 'hang'
  /** Answers this status and body without applying anything. */
  | { status: number; body?: string };

export interface FakeHeadOffice {
  url: string;
  token: string;
  /** The ids of each request received, in order. */
  requests: string[][];
  /** How many times each mutation was applied (it must never exceed one). */
  applied: Map<string, number>;
  outcomes: Map<string, MutationOutcome>;
  behave(...behaviours: FakeBehaviour[]): void;
  /** Resolves when the n-th request (1-based) has arrived. */
  requestArrived(n: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A tiny head office on node:http speaking `POST /v1/mutations`: idempotent by mutation id, a
 * txid per accepted mutation, and a `decide` hook for rejections.
 */
export async function startFakeHeadOffice(
  decide: (m: MutationEnvelope) => { code: 'INSUFFICIENT_STOCK'; message: string } | null = () =>
    null,
): Promise<FakeHeadOffice> {
  const token = 'station-token-1';
  const queue: FakeBehaviour[] = [];
  const requests: string[][] = [];
  const applied = new Map<string, number>();
  const outcomes = new Map<string, MutationOutcome>();
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let nextTxid = 1000;

  function apply(mutations: readonly MutationEnvelope[]): MutationOutcome[] {
    return mutations.map((m) => {
      const stored = outcomes.get(m.id);
      if (stored) return stored;
      applied.set(m.id, (applied.get(m.id) ?? 0) + 1);
      const refusal = decide(m);
      const appliedAt = '2026-11-26T09:00:01.000Z';
      const outcome: MutationOutcome = refusal
        ? { id: m.id, status: 'rejected', ...refusal, appliedAt }
        : { id: m.id, status: 'accepted', txid: String((nextTxid += 1)), appliedAt };
      outcomes.set(m.id, outcome);
      return outcome;
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.url !== '/v1/mutations' || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unknown"}');
      return;
    }
    const batch = MutationBatchSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    requests.push(batch.mutations.map((m) => m.id));
    for (const waiter of waiters.filter((w) => w.n <= requests.length)) waiter.resolve();
    const behaviour = queue.shift() ?? 'answer';
    if (behaviour === 'hang') return;
    if (typeof behaviour === 'object') {
      res.writeHead(behaviour.status).end(behaviour.body ?? 'busy');
      return;
    }
    const results = apply(batch.mutations);
    if (behaviour === 'apply-then-drop') {
      req.socket.destroy();
      return;
    }
    const body =
      behaviour === 'garbled' ? { results: results.slice().reverse().slice(0, 1) } : { results };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    applied,
    outcomes,
    behave: (...behaviours) => queue.push(...behaviours),
    requestArrived: (n) =>
      new Promise((resolve) => {
        if (requests.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
