import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ThemeSchema } from '../../../../shared/contract';
import type { SettingsUpdate, StationSettings } from '../../../../shared/contract';
import {
  DEFAULT_SCANNER_PROFILE,
  ScannerProfileSchema,
  type ScannerProfile,
} from '../../../../shared/scanning/scanner-profile';
import type { Clock, IdSource } from '../../clock';
import type { StationDatabase } from '../../db/schema';
import type { LocalWrite } from '../../local-writes/local-write';
import { readSettings, writeSetting } from './settings-repository';

const STATION_ID = 'station.id';
const STATION_NAME = 'station.name';
const THEME = 'ui.theme';
const SCANNER_PROFILE = 'scanner.wedgeProfile';

export interface SettingsService {
  /** Gives the station its identity on first start; later starts keep it. */
  ensureIdentity(defaultName: string): Promise<{ stationId: string; stationName: string }>;
  get(): Promise<StationSettings>;
  update(patch: SettingsUpdate, actor: string): Promise<StationSettings>;
}

export function createSettingsService(deps: {
  db: Kysely<StationDatabase>;
  localWrite: LocalWrite;
  clock: Clock;
  newId: IdSource;
}): SettingsService {
  const { db, localWrite, clock, newId } = deps;

  async function get(): Promise<StationSettings> {
    const stored = await readSettings(db);
    const theme = ThemeSchema.safeParse(stored.get(THEME)?.value);
    const name = z.string().safeParse(stored.get(STATION_NAME)?.value);
    // A stored profile the rules no longer accept falls back to the generic one rather than
    // leaving the station unable to take scans; saving a new profile replaces it.
    const profile = ScannerProfileSchema.safeParse(stored.get(SCANNER_PROFILE)?.value);
    const times = [THEME, STATION_NAME, SCANNER_PROFILE]
      .map((key) => stored.get(key)?.updatedAt)
      .filter((t): t is string => t !== undefined)
      .sort();
    return {
      stationName: name.success ? name.data : '',
      theme: theme.success ? theme.data : 'auto',
      scannerProfile: profile.success ? profile.data : DEFAULT_SCANNER_PROFILE,
      updatedAt: times.at(-1) ?? null,
    };
  }

  return {
    async ensureIdentity(defaultName) {
      const stored = await readSettings(db);
      const id = z.uuid().safeParse(stored.get(STATION_ID)?.value);
      const name = z.string().safeParse(stored.get(STATION_NAME)?.value);
      if (id.success && name.success) return { stationId: id.data, stationName: name.data };
      const stationId = id.success ? id.data : newId();
      const stationName = name.success ? name.data : defaultName;
      await localWrite(
        {
          kind: 'station.created',
          actor: 'station',
          summary: `Station "${stationName}" set up`,
          detail: { stationId },
        },
        async (trx) => {
          const at = clock.now();
          await writeSetting(trx, STATION_ID, stationId, at);
          await writeSetting(trx, STATION_NAME, stationName, at);
        },
      );
      return { stationId, stationName };
    },

    get,

    async update(patch, actor) {
      const before = await get();
      const changes: string[] = [];
      if (patch.stationName !== undefined && patch.stationName !== before.stationName) {
        changes.push(`station name "${before.stationName}" → "${patch.stationName}"`);
      }
      if (patch.theme !== undefined && patch.theme !== before.theme) {
        changes.push(`theme ${before.theme} → ${patch.theme}`);
      }
      const profileChanged =
        patch.scannerProfile !== undefined &&
        !sameProfile(patch.scannerProfile, before.scannerProfile);
      if (patch.scannerProfile !== undefined && profileChanged) {
        const from = before.scannerProfile?.name ?? DEFAULT_SCANNER_PROFILE.name;
        const to = patch.scannerProfile.name;
        changes.push(
          from === to ? `scanner profile ${to} settings` : `scanner profile ${from} → ${to}`,
        );
      }
      if (changes.length === 0) return before;
      await localWrite(
        {
          kind: 'settings.changed',
          actor,
          summary: `Changed ${changes.join(', ')}`,
          detail: { before, patch },
        },
        async (trx) => {
          const at = clock.now();
          if (patch.stationName !== undefined) {
            await writeSetting(trx, STATION_NAME, patch.stationName, at);
          }
          if (patch.theme !== undefined) await writeSetting(trx, THEME, patch.theme, at);
          if (patch.scannerProfile !== undefined && profileChanged) {
            await writeSetting(trx, SCANNER_PROFILE, patch.scannerProfile, at);
          }
        },
      );
      return get();
    },
  };
}

/** Field by field, so a profile saved with its keys in another order is still the same one. */
function sameProfile(a: ScannerProfile, b: ScannerProfile | undefined): boolean {
  if (b === undefined) return false;
  return (Object.keys(a) as Array<keyof ScannerProfile>).every(
    (key) => JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );
}
