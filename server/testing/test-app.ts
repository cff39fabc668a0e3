import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../http/app';
import type { AppOptions } from '../http/app';
import { createTestDatabase } from './test-database';
import type { TestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  url: string;
  secretKey: Buffer;
  /** A real HTTP request to the running app. */
  request(
    method: string,
    path: string,
    init?: {
      body?: unknown;
      token?: string;
      headers?: Record<string, string>;
      raw?: string | Buffer;
    },
  ): Promise<{ status: number; body: unknown; headers: Headers }>;
  close(): Promise<void>;
}

/** What a test may set beyond the database and key (tracking secret, shipping middleware …). */
export type TestAppOptions = Omit<AppOptions, 'db' | 'secretKey' | 'logLevel'>;

/** The head office on a fresh database, listening on a loopback port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase(30);
  const secretKey = randomBytes(32);
  const app = await buildApp({ ...options, db: db.db, secretKey, logLevel: 'silent' });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    db,
    url: address,
    secretKey,
    async request(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      let body: string | Buffer | undefined;
      if (init.raw !== undefined) body = init.raw;
      else if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(address + path, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Plain text answers (/metrics) stay text.
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
