import { WharfError } from '../../../../shared/contract';
import type { ScanEvent, ScanFeedback } from '../../../../shared/scanning/scan-event';
import type { MutationRunner } from '../../mutations/run-mutation';

export interface RefusedScan {
  screen: 'pick' | 'pack';
  waveId: string | null;
  fulfilmentId: string | null;
  scan: ScanEvent;
  feedback: ScanFeedback;
}

/**
 * Records every scan the floor refused as a `scan.refused` change, so managers see refused
 * scans from every station. The refusal itself has already been shown; when it cannot be
 * recorded (nobody signed in, not enrolled) the scan is still refused, just not logged.
 */
export function createRefusalLog(runner: MutationRunner, getWarehouseId: () => string | null) {
  return async (refused: RefusedScan): Promise<void> => {
    const warehouseId = getWarehouseId();
    if (!warehouseId) return;
    const shown = refused.scan.content.replaceAll('\u001d', '<GS>');
    try {
      await runner.run('scan.refused', {
        warehouseId,
        screen: refused.screen,
        waveId: refused.waveId,
        fulfilmentId: refused.fulfilmentId,
        reason: refused.feedback.title.slice(0, 60),
        detail: refused.feedback.detail.slice(0, 300),
        scanned: shown.length > 100 ? `${shown.slice(0, 99)}…` : shown,
      });
    } catch (error) {
      if (!(error instanceof WharfError)) throw error;
    }
  };
}

export type RefusalLog = ReturnType<typeof createRefusalLog>;
