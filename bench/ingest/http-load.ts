import { Agent, request } from 'node:http';
import type { BenchOrder } from './bench-orders';

export interface LoadResult {
  elapsedMs: number;
  latenciesMs: number[];
  statuses: Map<number, number>;
  /** The first few refusals, to say what went wrong when a run is not all 201s. */
  errors: string[];
}

function post(
  agent: Agent,
  base: URL,
  order: BenchOrder,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: `/v1/channels/${order.channel.code}/orders`,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(order.body),
          authorization: `Bearer ${order.channel.apiKey}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(order.body);
  });
}

/**
 * `clients` loops, each posting the next order as soon as its last one is answered, over
 * keep-alive connections: a fixed concurrency, as 16 busy integrations would be.
 */
export async function runLoad(
  baseUrl: string,
  orders: readonly BenchOrder[],
  clients: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const base = new URL(baseUrl);
  const latenciesMs: number[] = [];
  const statuses = new Map<number, number>();
  const errors: string[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const client = async () => {
    for (let i = next++; i < orders.length; i = next++) {
      const order = orders[i];
      if (!order) break;
      const sent = process.hrtime.bigint();
      const answer = await post(agent, base, order);
      latenciesMs.push(Number(process.hrtime.bigint() - sent) / 1e6);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status !== 201 && errors.length < 5) {
        errors.push(`${order.externalId}: ${answer.status} ${answer.body.slice(0, 300)}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: clients }, client));
  } finally {
    agent.destroy();
  }
  return {
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
    latenciesMs,
    statuses,
    errors,
  };
}
