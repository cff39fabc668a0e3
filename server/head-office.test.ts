import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHeadOffice } from './head-office';
import { createTestDatabase } from './testing/test-database';

describe('head office start-up', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-ho-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('starts an embedded PostgreSQL with logical WAL, migrates, serves health and metrics, and stops cleanly', async () => {
    const dataDir = tempDir();
    const office = await startHeadOffice({
      dataDir,
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
    });
    try {
      expect(office.embedded).toBe(true);
      const health = await fetch(`${office.url}/healthz`);
      expect(await health.json()).toEqual({ ok: true });
      await fetch(`${office.url}/v1/channels/none/orders`, { method: 'POST' });
      const metrics = await (await fetch(`${office.url}/metrics`)).text();
      expect(metrics).toContain(
        'wharf_http_request_duration_seconds_count{method="POST",route="/v1/channels/:channel/orders",status="404"} 1',
      );
      const { rows } = await office.central.pool.query<{ wal_level: string }>('SHOW wal_level');
      expect(rows[0]?.wal_level).toBe('logical');
      expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    } finally {
      await office.stop();
    }
    // A second start on the same folder reuses the cluster and its data.
    const again = await startHeadOffice({
      dataDir,
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
    });
    const { rows } = await again.central.pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM schema_migrations',
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    await again.stop();
  });

  it('uses DATABASE_URL when given, and answers 404 in the error shape', async () => {
    const db = await createTestDatabase(2);
    const office = await startHeadOffice({
      dataDir: tempDir(),
      host: '127.0.0.1',
      port: 0,
      databaseUrl: db.url,
      logLevel: 'silent',
    });
    try {
      expect(office.embedded).toBe(false);
      const res = await fetch(`${office.url}/v1/nothing-here`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: { code: 'NOT_FOUND', message: 'There is no GET /v1/nothing-here' },
      });
    } finally {
      await office.stop();
      await db.drop();
    }
  });
});
