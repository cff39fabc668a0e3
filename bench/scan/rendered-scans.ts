import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PickStateSchema } from '../../shared/contract';
import { DATABASE_FILE_NAME } from '../../electron/station/db/open-database';
import { launchChromium } from '../../e2e/support/chromium';
import { startStationProcess } from '../../e2e/support/station-process';
import { connectStation } from '../../e2e/support/station-ws-client';
import { PICKER_ID, WAREHOUSE_ID } from './floor-rows';
import { PAGE_PROBE_SOURCE, ProbeResultSchema } from './page-probe';
import { scansFor } from './picker-script';
import type { ScanBenchSettings } from './scan-settings';
import { benchWrongLabels, clusterInput, nextStopOf } from './station-picker';

/** Nothing listens here: the station is enrolled but its head office is out of reach. */
export const UNREACHABLE_HEAD_OFFICE = 'http://127.0.0.1:9';
const CandidatesSchema = z.array(z.object({ fulfilmentId: z.uuid() }));
const StartedSchema = z.object({ waveId: z.uuid() });
const RENDERER_INDEX = fileURLToPath(new URL('../../out/renderer/index.html', import.meta.url));

export interface RenderedScanTimes {
  /** First key of the scan → the banner shows its answer (DOM changed). */
  firstKeyMs: number[];
  /** Enter (the wedge terminator) → the banner shows its answer. */
  fromEnterMs: number[];
  /** First key → the next animation frame after the banner changed. */
  frameMs: number[];
  wrong: number;
  /** Scans whose banner did not change within the wait (counted, not timed). */
  unseen: number;
  cutShort: boolean;
  pageReadyMs: number;
}

/** As if enrolled and signed in earlier: the rows enrolment and badge sign-in leave behind. */
export function enrolAndSignIn(dataDir: string, at: string): void {
  const db = new Database(join(dataDir, DATABASE_FILE_NAME));
  try {
    db.prepare(
      `INSERT INTO station_enrolment (only_row, head_office_url, station_token, warehouse_id,
         warehouse_code, warehouse_name, enrolled_at) VALUES (1, ?, ?, ?, 'BENCH', 'Bench warehouse', ?)`,
    ).run(UNREACHABLE_HEAD_OFFICE, 'bench-token-never-used', WAREHOUSE_ID, at);
    db.prepare(
      `INSERT INTO station_session (only_row, person_id, name, role, method, signed_in_at)
       VALUES (1, ?, 'Bench Picker', 'picker', 'badge', ?)`,
    ).run(PICKER_ID, at);
  } finally {
    db.close();
  }
}

export function requireBuiltRenderer(): void {
  if (!existsSync(RENDERER_INDEX)) {
    throw new Error(`No built renderer at ${RENDERER_INDEX}: run "npm run build:renderer" first.`);
  }
}

/**
 * Synthetic wedge scans typed into the Pick screen in Chromium, served by the station host as a
 * child process on the seeded file (offline), timed in the page from the first key to the
 * banner showing that scan's answer.
 */
export async function measureRenderedScans(
  dataDir: string,
  s: ScanBenchSettings,
  budgetMs: number,
): Promise<RenderedScanTimes> {
  requireBuiltRenderer();
  enrolAndSignIn(dataDir, new Date().toISOString());
  const station = await startStationProcess(dataDir);
  const times: RenderedScanTimes = {
    firstKeyMs: [],
    fromEnterMs: [],
    frameMs: [],
    wrong: 0,
    unseen: 0,
    cutShort: false,
    pageReadyMs: 0,
  };
  try {
    const client = await connectStation(station.url);
    const browser = await launchChromium();
    try {
      const deadline = performance.now() + budgetMs;
      const wrongLabels = benchWrongLabels(s);
      const { page } = browser;
      await page.addInitScript({ content: PAGE_PROBE_SOURCE });
      const candidates = CandidatesSchema.parse(await client.call('pick.candidates', {}));
      const { waveId } = StartedSchema.parse(
        await client.call(
          'pick.start',
          clusterInput(
            candidates.map((c) => c.fulfilmentId),
            900,
          ),
        ),
      );
      const opening = performance.now();
      await page.goto(`${station.url}/#/pick/${waveId}`);
      await page
        .getByTestId('pick-wave-number')
        .waitFor({ timeout: budgetMs })
        .catch(async (error: unknown) => {
          const shown = String(await page.evaluate('document.body.innerText')).slice(0, 600);
          throw new Error(`The Pick screen did not open; the page shows:\n${shown}`, {
            cause: error,
          });
        });
      times.pageReadyMs = performance.now() - opening;
      const waitMs = budgetMs;
      let step = 0;
      let next = nextStopOf(PickStateSchema.parse(await client.call('pick.state', { waveId })));
      while (next && times.firstKeyMs.length + times.unseen < s.renderedScans) {
        if (performance.now() > deadline) {
          times.cutShort = true;
          break;
        }
        for (const plan of scansFor(next, step, wrongLabels)) {
          await page.evaluate('window.__scanProbe.arm()');
          await page.keyboard.type(plan.content, { delay: 3 });
          await page.keyboard.press('Enter');
          const result = ProbeResultSchema.parse(
            await page.evaluate(`window.__scanProbe.wait(${waitMs})`),
          );
          if (!result) {
            times.unseen += 1;
            continue;
          }
          if ((result.verdict === 'wrong') !== plan.wrong) {
            throw new Error(
              `The Pick screen showed ${result.verdict} "${result.text}" for "${plan.content}"; ` +
                `the bench expected it ${plan.wrong ? 'refused' : 'taken'}`,
            );
          }
          times.firstKeyMs.push(result.ms);
          times.frameMs.push(result.frameMs);
          if (result.fromEnterMs !== null) times.fromEnterMs.push(result.fromEnterMs);
          if (plan.wrong) times.wrong += 1;
        }
        step += 1;
        next = nextStopOf(PickStateSchema.parse(await client.call('pick.state', { waveId })));
      }
      return times;
    } finally {
      client.close();
      await browser.close();
    }
  } finally {
    await station.stop();
  }
}
