import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import type { RawData } from 'ws';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WS_PATH } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/content-security-policy';
import type { Logger } from '../station/logger';
import type { Station } from '../station/station';
import { isAllowedOrigin } from './origin-check';
import { createWsSession } from './ws-session';

export interface HostOptions {
  station: Station;
  host: string;
  port: number;
  /** The built renderer (out/renderer). */
  staticDir: string;
  logger: Logger;
}

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

/** A contract message is small; anything near this is a bug or an attack. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * Serves the renderer and carries the station contract over a WebSocket on the same origin, so a
 * browser gets exactly what the Electron window gets, minus Electron.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { station, logger } = options;
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    throw new Error(
      `No built renderer in ${options.staticDir}. Run "npm run build:renderer" (npm run serve does).`,
    );
  }
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  let clients = 0;
  station.attachTransport({ kind: 'websocket', clients: () => clients });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    return payload;
  });

  await app.register(fastifyWebsocket, {
    options: {
      maxPayload: MAX_MESSAGE_BYTES,
      verifyClient: (info, done) => done(isAllowedOrigin(info.origin, info.req.headers.host)),
    },
  });
  await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });

  app.get('/healthz', () => Promise.resolve({ ok: true, stationId: station.stationId }));

  app.get(WS_PATH, { websocket: true }, (socket) => {
    clients += 1;
    const session = createWsSession(socket, station);
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        socket.close(1003, 'Wharf speaks JSON text frames');
        return;
      }
      const text = rawDataToText(data);
      session.receive(text).catch((err: unknown) => {
        logger.error({ err }, 'websocket message failed');
      });
    });
    socket.on('close', () => {
      clients -= 1;
      session.close();
    });
  });

  const address = await app.listen({ host: options.host, port: options.port });
  logger.info({ address }, 'browser host listening');
  return {
    url: urlFor(options.host, app.server.address()),
    close: () => app.close(),
  };
}

function rawDataToText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');
}

function urlFor(host: string, address: AddressInfo | string | null): string {
  const port = typeof address === 'object' && address ? address.port : 0;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}`;
}
