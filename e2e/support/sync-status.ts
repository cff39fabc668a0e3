import type { SyncStatus } from '../../shared/contract';
import { ALL_SHAPES } from '../../electron/station/sync';

/** The latest status a station pushed says every one of its shapes is live. */
export function allShapesLive(statuses: readonly SyncStatus[]): boolean {
  const latest = statuses.at(-1);
  return (
    latest !== undefined &&
    latest.shapes.length === ALL_SHAPES.length &&
    latest.shapes.every((s) => s.state === 'live')
  );
}
