import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsUpdateSchema } from '../../../../shared/contract';
import {
  DEFAULT_SCANNER_PROFILE,
  SCANNER_PRESETS,
} from '../../../../shared/scanning/scanner-profile';
import { uuidV7 } from '../../clock';
import { makeTempDir } from '../../testing/temp-dir';
import { manualClock, openTempDatabase } from '../../testing/temp-database';
import type { TempDatabase } from '../../testing/temp-database';
import { writeSetting } from './settings-repository';
import { createSettingsService } from './settings-service';
import type { SettingsService } from './settings-service';

describe('settings service: the wedge scanner profile', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let database: TempDatabase;
  let clock: ReturnType<typeof manualClock>;
  let service: SettingsService;

  const open = (): void => {
    database = openTempDatabase(temp.dir, clock);
    service = createSettingsService({
      db: database.db,
      localWrite: database.localWrite,
      clock,
      newId: uuidV7,
    });
  };

  beforeEach(async () => {
    temp = makeTempDir('wharf-settings-');
    clock = manualClock();
    open();
    await service.ensureIdentity('Pack 1');
  });
  afterEach(async () => {
    await database.close();
    temp.remove();
  });

  it('starts with the generic preset', async () => {
    expect((await service.get()).scannerProfile).toEqual(DEFAULT_SCANNER_PROFILE);
    expect(DEFAULT_SCANNER_PROFILE).toBe(SCANNER_PRESETS.generic);
  });

  it('keeps a saved profile across a restart, logs it and moves updatedAt', async () => {
    const custom = {
      ...SCANNER_PRESETS.zebra,
      name: 'custom',
      prefix: '#',
      terminators: [],
      groupSeparatorSubstitute: '~',
    };
    clock.advance(60_000);
    const saved = await service.update({ scannerProfile: custom }, 'station');
    expect(saved.scannerProfile).toEqual(custom);
    expect(saved.updatedAt).toBe(clock.now());
    expect(database.activity.at(-1)).toMatchObject({
      kind: 'settings.changed',
      summary: 'Changed scanner profile generic → custom',
    });

    await database.close();
    open();
    expect(await service.get()).toMatchObject({ stationName: 'Pack 1', scannerProfile: custom });
  });

  it('writes nothing when the same profile is saved again', async () => {
    await service.update({ scannerProfile: SCANNER_PRESETS.honeywell }, 'station');
    const logged = database.activity.length;
    clock.advance(1_000);
    // The same settings in another key order are the same profile.
    const reordered = Object.fromEntries(Object.entries(SCANNER_PRESETS.honeywell).reverse());
    const patch = SettingsUpdateSchema.parse({ scannerProfile: reordered });
    const again = await service.update(patch, 'station');
    expect(again.updatedAt).not.toBe(clock.now());
    expect(database.activity).toHaveLength(logged);
  });

  it('falls back to the generic preset when the stored profile breaks the rules', async () => {
    await database.db.transaction().execute(async (trx) => {
      await writeSetting(trx, 'scanner.wedgeProfile', { name: 'x', maxInterKeyMs: 1 }, clock.now());
    });
    expect((await service.get()).scannerProfile).toEqual(DEFAULT_SCANNER_PROFILE);
  });

  it('is refused at the contract when the profile is incomplete, naming the setting', () => {
    const result = SettingsUpdateSchema.safeParse({
      scannerProfile: { ...DEFAULT_SCANNER_PROFILE, maxInterKeyMs: 90, endIdleMs: 40 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'scannerProfile.endIdleMs',
    ]);
    expect(SettingsUpdateSchema.safeParse({}).success).toBe(false);
  });
});
