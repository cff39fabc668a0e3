import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import { CarrierOffline, createHeadOfficeCarriers } from './head-office-carriers';

let close: (() => Promise<void>) | null = null;

/** A head office on loopback answering every request with this status and body. */
async function office(status: number, body: string): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''} ${req.headers.authorization ?? ''}`);
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

afterEach(async () => {
  await close?.();
  close = null;
});

const client = (url: string) =>
  createHeadOfficeCarriers({
    access: () => ({ headOfficeUrl: url, token: 'tok' }),
    timeoutMs: 1_000,
  });

describe('the station side of the head-office carrier calls', () => {
  it('reads the tracking alerts with the station token', async () => {
    const alert = {
      id: '0190a000-0000-7000-8000-000000000001',
      kind: 'stale',
      message: 'No carrier scan for 80 hours',
      since: '2026-11-26T09:00:00.000Z',
      shipmentId: '0190a000-0000-7000-8000-000000000002',
      orderNumber: 'WEB-1',
      trackingNumber: 'RR00011',
      carrierCode: 'ROADRUN',
      carrierName: 'Roadrunner',
      state: 'in_transit',
      lastMovementAt: null,
    };
    const ho = await office(200, JSON.stringify({ alerts: [alert] }));
    expect((await client(ho.url).alerts()).alerts).toEqual([alert]);
    expect(ho.seen).toEqual(['GET /v1/tracking/alerts Bearer tok']);
  });

  it('calls an unreachable head office, a 5xx and a retryable carrier failure "offline"', async () => {
    await expect(client('http://127.0.0.1:9').alerts()).rejects.toBeInstanceOf(CarrierOffline);
    const down = await office(502, 'bad gateway');
    await expect(client(down.url).refillSscc()).rejects.toBeInstanceOf(CarrierOffline);
    await close?.();
    const carrierDown = await office(
      503,
      JSON.stringify({
        error: {
          code: 'UNAVAILABLE',
          message: 'SkyPost did not answer in time',
          carrier: { code: 'TIMEOUT', carrierCode: 'SKYPOST', retryable: true },
        },
      }),
    );
    await expect(
      client(carrierDown.url).void('0190a000-0000-7000-8000-000000000003'),
    ).rejects.toThrow(new CarrierOffline('SkyPost did not answer in time'));
  });

  it('passes a refusal on in the head office words, and refuses an answer it cannot read', async () => {
    const refused = await office(
      409,
      JSON.stringify({ error: { code: 'CONFLICT', message: 'Roadrunner is a rate-card carrier' } }),
    );
    const error = await client(refused.url)
      .refillConsignments('ROADRUN')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).message).toBe('Roadrunner is a rate-card carrier');
    await close?.();
    const garbled = await office(200, '{"alerts": "lots"}');
    await expect(client(garbled.url).alerts()).rejects.toThrow(/cannot read/);
  });
});
