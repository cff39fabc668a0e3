import { afterEach, describe, expect, it } from 'vitest';
import { answerShape } from './electric-proxy-fake-electric';
import type { ElectricResponder } from './electric-proxy-fake-electric';
import { startProxyWithElectric } from './electric-proxy-test-office';

// Live requests through the Electric proxy: held as long as Electric holds them, streamed as
// Electric writes them, and ended when the station or the head office goes away.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const setup = (respond: ElectricResponder) => startProxyWithElectric(respond, cleanups);

describe('live requests through the Electric proxy', () => {
  it('streams an SSE answer to the station as Electric writes it', async () => {
    const { electric, get, northStation } = await setup((_request, response) => {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        'electric-handle': 'h',
        'electric-offset': '1_0',
        'electric-cursor': '1674440',
      });
      response.write(
        'data: {"headers":{"operation":"insert"},"key":"k","value":{"id":"p1"}}\n\n' +
          'data: {"headers":{"control":"up-to-date"}}\n\n',
      );
      // Electric keeps the stream open, with a keep-alive comment every 21 s.
    });
    const station = new AbortController();
    const live = await get(
      '/v1/shape?table=products&offset=1_0&handle=h&live=true&live_sse=true',
      northStation.token,
      { signal: station.signal },
    );
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toBe('text/event-stream');
    expect(live.headers.get('electric-cursor')).toBe('1674440');
    expect(electric.requests[0]?.url.searchParams.get('live_sse')).toBe('true');
    const reader = (live.body as ReadableStream<Uint8Array> | null)?.getReader();
    if (!reader) throw new Error('no body');
    let text = '';
    while (!text.includes('up-to-date')) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`stream ended after ${text}`);
      text += new TextDecoder().decode(chunk.value);
    }
    expect(text).toContain('data: {"headers":{"operation":"insert"}');
    station.abort();
    await electric.requests[0]?.abandoned;
  });

  it('ends the upstream long-poll when the station hangs up', async () => {
    const { electric, get, northStation } = await setup(() => {
      // Never answers: a live request with nothing new.
    });
    const station = new AbortController();
    const pending = get(
      '/v1/shape?table=products&offset=1_0&handle=h&live=true',
      northStation.token,
      { signal: station.signal },
    ).catch((error: unknown) => error);
    await waitFor(() => electric.requests.length === 1);
    station.abort();
    expect(await pending).toBeInstanceOf(Error);
    const upstream = electric.requests[0];
    if (!upstream) throw new Error('Electric saw no request');
    await expect(
      Promise.race([upstream.abandoned.then(() => 'abandoned'), sleep(5_000).then(() => 'held')]),
    ).resolves.toBe('abandoned');
  });

  it('closes at once while Electric holds a station long-poll, telling the station why', async () => {
    const { electric, office, get, northStation } = await setup(() => {
      // Never answers: a live request with nothing new.
    });
    const pending = get(
      '/v1/shape?table=products&offset=1_0&handle=h&live=true',
      northStation.token,
    );
    await waitFor(() => electric.requests.length === 1);
    const started = Date.now();
    await office.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    const answer = await pending;
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ error: { code: 'UNAVAILABLE' } });
  });

  it(
    'keeps a live request open for as long as Electric holds it (over 20 s)',
    { timeout: 40_000 },
    async () => {
      const { get, northStation } = await setup((request, response) => {
        setTimeout(
          () =>
            answerShape(request, response, {
              handle: 'h',
              offset: '1_0',
              messages: [{ headers: { control: 'up-to-date' } }],
              live: true,
              upToDate: true,
            }),
          21_000,
        );
      });
      const started = Date.now();
      const live = await get(
        '/v1/shape?table=products&offset=1_0&handle=h&live=true',
        northStation.token,
      );
      expect(live.status).toBe(200);
      expect(live.headers.get('electric-cursor')).toMatch(/^\d+$/);
      expect(await live.json()).toEqual([{ headers: { control: 'up-to-date' } }]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(21_000);
    },
  );
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}
