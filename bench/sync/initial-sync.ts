import { EnrolmentStateSchema } from '../../shared/contract';
import { openTempStation } from '../../electron/station/testing/temp-station';
import { msSince } from '../harness/percentiles';
import type { BenchHeadOffice } from './bench-head-office';
import { call, waitUntilLive } from './bench-station';

/** The snapshot of a big shape is one long answer: allow minutes without a status change. */
const IDLE_LIMIT_MS = 240_000;

/**
 * A brand-new station folder enrolled to the warehouse, timed from the enrolment call to every
 * shape live. The station is closed again (its replica and offsets stay in the folder).
 */
export async function measureInitialSync(
  headOffice: BenchHeadOffice,
  warehouseCode: string,
  dataDir: string,
): Promise<{ elapsedMs: number }> {
  const code = await headOffice.enrolmentCode(warehouseCode);
  const station = await openTempStation(dataDir);
  try {
    const started = process.hrtime.bigint();
    // Subscribed before enrolling, so the moment the last shape turns live is not missed.
    const live = waitUntilLive(station, IDLE_LIMIT_MS);
    const enrolled = await call(
      station,
      'enrolment.enrol',
      { headOfficeUrl: headOffice.url, code },
      EnrolmentStateSchema,
    );
    if (!enrolled.enrolled) throw new Error('The station did not enrol');
    await live;
    return { elapsedMs: msSince(started) };
  } finally {
    await station.close();
  }
}
