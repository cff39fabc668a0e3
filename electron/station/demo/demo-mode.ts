import { join } from 'node:path';
import { EnrolmentCodeAnswerSchema } from '../../../shared/api/station-enrolment';
import type { DemoLink } from '../../../shared/api/demo-link';
import { EnrolmentStateSchema } from '../../../shared/contract';
import type { InvokeResult } from '../../../shared/contract';
import type { Logger } from '../logger';
import {
  canRunDemoHeadOffice,
  readDemoLink,
  startDemoHeadOffice,
} from './demo-head-office-process';
import type { DemoHeadOffice } from './demo-head-office-process';

export const DEFAULT_DEMO_PORT = 5181;

export interface DemoModeOptions {
  station: { invoke(method: string, input: unknown): Promise<InvokeResult> };
  projectRoot: string;
  /** The station's data folder; the demo head office keeps its data inside it. */
  stationDataDir: string;
  logger: Logger;
  port?: number;
}

/**
 * A newcomer's first run: with no head office configured, start the demo one in the background
 * and enrol this station to its first warehouse, so the screens show a live, synced warehouse.
 * Later runs start the same demo head office again. A station enrolled to a real head office is
 * left alone. Returns the running demo (to stop with the station), or null when there is none.
 */
export async function startDemoMode(options: DemoModeOptions): Promise<DemoHeadOffice | null> {
  const port = options.port ?? DEFAULT_DEMO_PORT;
  const demoUrl = `http://127.0.0.1:${port}`;
  const enrolment = EnrolmentStateSchema.parse(await call(options.station, 'enrolment.get', {}));
  if (enrolment.enrolled && enrolment.headOfficeUrl !== demoUrl) return null;
  if (!canRunDemoHeadOffice(options.projectRoot)) {
    options.logger.warn({}, 'no head office is configured and this build has no demo head office');
    return null;
  }

  const dataDir = join(options.stationDataDir, 'demo-head-office');
  let running: DemoHeadOffice;
  if (await answers(demoUrl)) {
    // Another station on this machine started it already; its link file says how to join.
    const link = readDemoLink(dataDir);
    if (!link)
      throw new Error(`Something else answers on ${demoUrl}; free the port or set WHARF_DEMO_PORT`);
    running = { link, stop: () => Promise.resolve() };
  } else {
    options.logger.info({ demoUrl }, 'no head office configured: starting the demo head office');
    running = await startDemoHeadOffice({
      projectRoot: options.projectRoot,
      dataDir,
      port,
      logger: options.logger,
    });
  }
  if (!enrolment.enrolled) await enrolToDemo(options, running.link);
  return running;
}

async function enrolToDemo(options: DemoModeOptions, link: DemoLink): Promise<void> {
  const response = await fetch(`${link.headOfficeUrl}/v1/stations/enrolment-codes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${link.managerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ warehouse: link.warehouseCode, validMinutes: 5 }),
  });
  if (!response.ok) {
    throw new Error(
      `the demo head office refused an enrolment code (${response.status}): ${await response.text()}`,
    );
  }
  const { code } = EnrolmentCodeAnswerSchema.parse(await response.json());
  await call(options.station, 'enrolment.enrol', { headOfficeUrl: link.headOfficeUrl, code });
  options.logger.info({ warehouse: link.warehouseCode }, 'station enrolled to the demo warehouse');
}

async function call(
  station: DemoModeOptions['station'],
  method: string,
  input: unknown,
): Promise<unknown> {
  const result = await station.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}
