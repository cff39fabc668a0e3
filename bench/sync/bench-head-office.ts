import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { EnrolmentCodeAnswerSchema } from '../../shared/api/station-enrolment';
import type { CentralDatabase } from '../../server/db/schema';
import { buildApp } from '../../server/http/app';
import { addToken } from '../../server/testing/fixtures';

/** The head office app in this process, on one loopback port that survives a stop and start. */
export interface BenchHeadOffice {
  readonly url: string;
  /** Closes the app: the port refuses connections until start(). */
  stop(): Promise<void>;
  /** Serves again on the same port. */
  start(): Promise<void>;
  /** A one-time enrolment code for the warehouse, asked for as a manager would. */
  enrolmentCode(warehouseCode: string): Promise<string>;
  /** Someone who can sign in at stations with this badge. */
  addPicker(name: string, badge: string): Promise<void>;
}

async function postJson(url: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(answer)}`);
  }
  return answer;
}

export async function startBenchHeadOffice(
  db: Kysely<CentralDatabase>,
  databaseUrl: string,
): Promise<BenchHeadOffice> {
  const secretKey = randomBytes(32);
  const managerToken = await addToken(db, 'manager');
  const build = () => buildApp({ db, secretKey, logLevel: 'warn', listenUrl: databaseUrl });
  let app: FastifyInstance | null = await build();
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const port = Number(new URL(address).port);

  return {
    url: address,
    async stop() {
      const closing = app;
      app = null;
      await closing?.close();
    },
    async start() {
      if (app) return;
      const next = await build();
      await next.listen({ host: '127.0.0.1', port });
      app = next;
    },
    async enrolmentCode(warehouseCode) {
      const answer = await postJson(`${address}/v1/stations/enrolment-codes`, managerToken, {
        warehouse: warehouseCode,
      });
      return EnrolmentCodeAnswerSchema.parse(answer).code;
    },
    async addPicker(name, badge) {
      await postJson(`${address}/v1/people`, managerToken, { name, role: 'picker', badge });
    },
  };
}
