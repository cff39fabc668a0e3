import type { SyncOverview } from '../../../../shared/contract';
import type { HandlerMap } from '../../contract/handler-map';
import type { LinkHealth } from '../station/link-health';
import type { ProblemLog } from './problem-log';

export interface OverviewSources {
  health: LinkHealth;
  problems: ProblemLog;
  outbox: () => SyncOverview['outbox'];
  uploadState: () => { nextAttemptAt: string | null; lastUploadAt: string | null };
}

export function readSyncOverview(sources: OverviewSources): SyncOverview {
  const upload = sources.uploadState();
  return {
    connection: sources.health.connection(),
    shapes: sources.health.syncStatus().shapes,
    outbox: sources.outbox(),
    nextUploadAttemptAt: upload.nextAttemptAt,
    lastUploadAt: upload.lastUploadAt,
    problems: sources.problems.list(),
  };
}

export function createSyncOverviewHandlers(sources: OverviewSources): HandlerMap<'sync.overview'> {
  return { 'sync.overview': () => readSyncOverview(sources) };
}
