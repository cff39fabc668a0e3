import pg from 'pg';
import { msSince } from '../harness/percentiles';

const CHANNEL = 'wharf_bench_ping';

/**
 * The wake-up floor under the shape feed: a bare NOTIFY sent on one connection, timed until a
 * LISTENing client on another connection receives it (the statement's round trip included).
 */
export async function measureNotifyRoundTrip(
  databaseUrl: string,
  samples: number,
): Promise<number[]> {
  const listener = new pg.Client({ connectionString: databaseUrl });
  const notifier = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  await notifier.connect();
  try {
    await listener.query(`LISTEN ${CHANNEL}`);
    let deliver: ((payload: string) => void) | null = null;
    listener.on('notification', (message) => {
      if (message.channel === CHANNEL) deliver?.(message.payload ?? '');
    });
    const timings: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const payload = String(i);
      const delivered = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`NOTIFY ${i} never arrived`)), 10_000);
        deliver = (got) => {
          if (got !== payload) return;
          clearTimeout(timer);
          resolve();
        };
      });
      const started = process.hrtime.bigint();
      const sent = notifier.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
      await delivered;
      timings.push(msSince(started));
      await sent;
    }
    return timings;
  } finally {
    await listener.end();
    await notifier.end();
  }
}
