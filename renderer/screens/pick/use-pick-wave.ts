import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { PickScanAnswer, ShortPickInput } from './pick-types';
import type { ScanEvent } from '../../../shared/scanning/scan-event';
import { stationQueryKey } from '../../api/react/query-keys';
import { useStationClient } from '../../api/react/station-context';
import { useStationQuery } from '../../api/react/use-station-query';
import { useTopic } from '../../api/react/use-topic';
import { useScans } from '../../scanning/use-scans';
import { refetchFloor } from './floor-cache';
import { createSerialRunner } from './serial-runner';
import { useScanFeedback } from './use-scan-feedback';

/**
 * One pick list being walked: its state from the station, every scan sent in order, and the
 * last answer in the banner. Scans pause while the short dialog is open, so a scan meant for
 * the shelf is not taken as an answer to the dialog.
 */
export function usePickWave(waveId: string) {
  const client = useStationClient();
  const cache = useQueryClient();
  const feedback = useScanFeedback();
  const [shortOpen, setShortOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const runner = useRef(createSerialRunner());
  const state = useStationQuery('pick.state', { waveId });
  useTopic('floor.changed', () => refetchFloor(cache));

  const send = (call: () => Promise<PickScanAnswer>, errorTitle: string): Promise<boolean> =>
    runner.current(async () => {
      setBusy(true);
      try {
        const answer = await call();
        cache.setQueryData(stationQueryKey('pick.state', { waveId }), answer.state);
        feedback.show(answer.feedback);
        return answer.feedback.verdict !== 'wrong';
      } catch (error) {
        feedback.showError(error, errorTitle);
        return false;
      } finally {
        setBusy(false);
      }
    });

  useScans(
    (scan: ScanEvent) => {
      void send(() => client.call('pick.scan', { waveId, scan }), 'Scan not taken');
    },
    { enabled: !shortOpen },
  );

  return {
    state,
    feedback: feedback.feedback,
    busy,
    shortOpen,
    openShort: () => setShortOpen(true),
    closeShort: () => setShortOpen(false),
    undo: () => void send(() => client.call('pick.undo', { waveId }), 'Nothing undone'),
    short: async (input: ShortPickInput): Promise<void> => {
      const taken = await send(
        () => client.call('pick.short', { waveId, ...input }),
        'Short not recorded',
      );
      if (taken) setShortOpen(false);
    },
  };
}
