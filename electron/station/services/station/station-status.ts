import type { Session, StationStatus } from '../../../../shared/contract';
import type { SettingsService } from '../settings/settings-service';
import type { LinkHealth } from './link-health';

/** What the status bar shows. Printers are not configured at stations yet, so they are null. */
export async function readStationStatus(deps: {
  settings: SettingsService;
  health: LinkHealth;
  session: () => Session | null;
  pendingUploads: () => number;
}): Promise<StationStatus> {
  const current = await deps.settings.get();
  const session = deps.session();
  return {
    stationName: current.stationName,
    connection: deps.health.connection(),
    signedInPerson: session ? { id: session.personId, name: session.name } : null,
    pendingUploads: deps.pendingUploads(),
    printers: null,
  };
}
