import type { StationStatus } from '../../../../shared/contract';
import type { SettingsService } from '../settings/settings-service';

/**
 * What the status bar shows. Each part is real or null: there is no head office link, sign-in,
 * outbox or printer in this station yet, so those are reported as absent rather than invented.
 */
export async function readStationStatus(settings: SettingsService): Promise<StationStatus> {
  const current = await settings.get();
  return {
    stationName: current.stationName,
    connection: { state: 'not-configured' },
    signedInPerson: null,
    pendingUploads: null,
    printers: null,
  };
}
