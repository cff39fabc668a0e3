import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '../../shared/contract';
import { silentLogger } from '../station/logger';
import type { Station } from '../station/station';
import { makeTempDir, openTempStation } from '../station/testing/temp-station';
import { startHost } from './http-host';
import type { RunningHost } from './http-host';

/** A WebSocket client that queues what the station says, for step-by-step assertions. */
async function connect(url: string, origin?: string) {
  const socket = new WebSocket(url.replace(/^http/, 'ws') + '/ws', origin ? { origin } : {});
  const inbox: ServerMessage[] = [];
  const waiters: ((m: ServerMessage) => void)[] = [];
  socket.on('message', (data) => {
    // ws hands text frames to Node clients as Buffers (binaryType 'nodebuffer').
    const message = JSON.parse((data as Buffer).toString('utf8')) as ServerMessage;
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else inbox.push(message);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    send: (message: unknown) =>
      socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next: () =>
      new Promise<ServerMessage>((resolve) => {
        const queued = inbox.shift();
        if (queued) resolve(queued);
        else waiters.push(resolve);
      }),
  };
}

describe('browser host', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let station: Station;
  let host: RunningHost;

  beforeEach(async () => {
    temp = makeTempDir();
    const staticDir = join(temp.dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Wharf</title>');
    station = await openTempStation(join(temp.dir, 'data'));
    host = await startHost({
      station,
      host: '127.0.0.1',
      port: 0,
      staticDir,
      logger: silentLogger,
    });
  });
  afterEach(async () => {
    await host.close();
    await station.close();
    temp.remove();
  });

  it('serves the renderer with a strict CSP on loopback', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(host.url + '/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Wharf</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('round-trips a contract call and answers by call id', async () => {
    const client = await connect(host.url);
    client.send({ kind: 'invoke', id: 'c1', method: 'settings.get', input: {} });
    expect(await client.next()).toMatchObject({ kind: 'result', id: 'c1', result: { ok: true } });
    client.socket.close();
  });

  it('rejects malformed messages and calls with structured errors, changing nothing', async () => {
    const client = await connect(host.url);
    client.send('{not json');
    expect(await client.next()).toEqual({
      kind: 'protocol-error',
      error: { code: 'BAD_REQUEST', message: 'The message is not valid JSON' },
    });
    client.send({ kind: 'invoke', method: 'settings.get' });
    expect(await client.next()).toMatchObject({
      kind: 'protocol-error',
      error: { code: 'BAD_REQUEST', details: { issues: [{ path: 'id' }] } },
    });
    client.send({ kind: 'invoke', id: 'c2', method: 'settings.update', input: { theme: 7 } });
    expect(await client.next()).toMatchObject({
      kind: 'result',
      id: 'c2',
      result: {
        ok: false,
        error: { code: 'BAD_REQUEST', details: { issues: [{ path: 'theme' }] } },
      },
    });
    client.send({ kind: 'subscribe', topic: 'orders.everything' });
    expect(await client.next()).toMatchObject({
      kind: 'protocol-error',
      error: { code: 'UNKNOWN_TOPIC' },
    });
    const settings = await station.invoke('settings.get', {});
    expect(settings).toMatchObject({
      ok: true,
      value: { theme: 'auto', updatedAt: expect.any(String) as unknown },
    });
    client.socket.close();
  });

  it('pushes changes to every subscribed tab, and stops after unsubscribe', async () => {
    const tabA = await connect(host.url);
    const tabB = await connect(host.url);
    tabB.send({ kind: 'subscribe', topic: 'settings.changed' });
    tabB.send({ kind: 'invoke', id: 'sync', method: 'station.status', input: {} });
    await tabB.next(); // the subscribe is registered once the later call is answered
    tabA.send({ kind: 'invoke', id: 'u1', method: 'settings.update', input: { theme: 'dark' } });
    expect(await tabA.next()).toMatchObject({ id: 'u1', result: { ok: true } });
    expect(await tabB.next()).toMatchObject({
      kind: 'push',
      topic: 'settings.changed',
      payload: { theme: 'dark' },
    });
    tabB.send({ kind: 'unsubscribe', topic: 'settings.changed' });
    tabA.send({ kind: 'invoke', id: 'u2', method: 'settings.update', input: { theme: 'light' } });
    await tabA.next();
    tabB.send({ kind: 'invoke', id: 'after', method: 'station.status', input: {} });
    expect(await tabB.next()).toMatchObject({ kind: 'result', id: 'after' });
    tabA.socket.close();
    tabB.socket.close();
  });

  it('refuses a WebSocket opened by a page from another origin', async () => {
    await expect(connect(host.url, 'https://evil.example')).rejects.toThrow(/401|403/);
    const sameOrigin = await connect(host.url, host.url);
    sameOrigin.socket.close();
  });
});
