import pg from 'pg';
import { nodeCpuSeconds, postgresCpuSeconds } from './cpu-usage';

export interface RoundTripCost {
  wallUs: number;
  nodeCpuUs: number;
  postgresCpuUs: number;
}

const QUERIES = 3_000;

/**
 * The cheapest statement there is (`SELECT $1::int`), one after another on one connection: the
 * floor every one of the pipeline's statements pays on this machine before doing any work.
 */
export async function measureRoundTrip(url: string, pgDir: string): Promise<RoundTripCost> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 200; i += 1) await client.query('SELECT $1::int', [i]);
    const node0 = nodeCpuSeconds();
    const pg0 = postgresCpuSeconds(pgDir);
    const started = process.hrtime.bigint();
    for (let i = 0; i < QUERIES; i += 1) await client.query('SELECT $1::int', [i]);
    const wallUs = Number(process.hrtime.bigint() - started) / 1e3 / QUERIES;
    return {
      wallUs,
      nodeCpuUs: ((nodeCpuSeconds() - node0) * 1e6) / QUERIES,
      postgresCpuUs: ((postgresCpuSeconds(pgDir) - pg0) * 1e6) / QUERIES,
    };
  } finally {
    await client.end();
  }
}
