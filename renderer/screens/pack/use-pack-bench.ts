import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { PackState } from '../../../shared/contract';
import type { ScanEvent } from '../../../shared/scanning/scan-event';
import { stationQueryKey } from '../../api/react/query-keys';
import { useStationClient } from '../../api/react/station-context';
import { useStationQuery } from '../../api/react/use-station-query';
import { useTopic } from '../../api/react/use-topic';
import { useScans } from '../../scanning/use-scans';
import { refetchFloor } from '../pick/floor-cache';
import { createSerialRunner } from '../pick/serial-runner';
import { useScanFeedback } from '../pick/use-scan-feedback';
import { checkWeight, closeBlocked } from './pack-texts';
import type { PackScanAnswer } from './pack-types';
import { useOpenAtBench } from './use-open-at-bench';

/**
 * One order on the bench. Scans verify items into the open parcel; a scanned box label chooses
 * the box; once the order is packed the next scan opens the next tote. Box and weight follow the
 * station's suggestion until the packer chooses or types their own.
 */
export function usePackBench(fulfilmentId: string) {
  const client = useStationClient();
  const cache = useQueryClient();
  const feedback = useScanFeedback();
  const bench = useOpenAtBench(feedback);
  const runner = useRef(createSerialRunner());
  const [boxChoice, setBoxChoice] = useState<string | null>(null);
  const [weightTyped, setWeightTyped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [slipOpen, setSlipOpen] = useState(false);
  const state = useStationQuery('pack.state', { fulfilmentId });
  useTopic('floor.changed', () => refetchFloor(cache));

  const latest = useRef<PackState | undefined>(state.data);
  latest.current = state.data;

  const send = (call: () => Promise<PackScanAnswer>, errorTitle: string): Promise<boolean> =>
    runner.current(async () => {
      setBusy(true);
      try {
        const answer = await call();
        latest.current = answer.state;
        cache.setQueryData(stationQueryKey('pack.state', { fulfilmentId }), answer.state);
        feedback.show(answer.feedback);
        return answer.feedback.verdict !== 'wrong';
      } catch (error) {
        feedback.showError(error, errorTitle);
        return false;
      } finally {
        setBusy(false);
      }
    });

  const onScan = (scan: ScanEvent) => {
    const current = latest.current;
    const box = current?.boxes.find((b) => b.code.toUpperCase() === scan.content.toUpperCase());
    if (box) {
      setBoxChoice(box.code);
      feedback.show({ verdict: 'info', title: `Box ${box.code}`, detail: `${box.name} chosen.` });
      return;
    }
    if (current?.complete) {
      void runner.current(() => bench.openScan(scan));
      return;
    }
    void send(() => client.call('pack.scan', { fulfilmentId, scan }), 'Item not verified');
  };
  useScans(onScan, { enabled: !slipOpen });

  const data = state.data;
  const boxCode = boxChoice ?? data?.openParcel.suggestedBox?.code ?? null;
  const weightText = weightTyped ?? (data ? String(data.openParcel.estimatedWeightGrams) : '');
  const weight = checkWeight(weightText);

  const close = async (last: boolean) => {
    const current = latest.current;
    if (!current) return;
    const blocked = closeBlocked(current);
    if (blocked)
      return feedback.show({ verdict: 'wrong', title: 'Parcel not closed', detail: blocked });
    if (!boxCode) {
      return feedback.show({
        verdict: 'wrong',
        title: 'Choose a box',
        detail: current.openParcel.boxProblem ?? 'Scan a box label or choose the box.',
      });
    }
    if (!weight.ok)
      return feedback.show({ verdict: 'wrong', title: 'Check the weight', detail: weight.message });
    const closed = await send(
      () =>
        client.call('pack.closeParcel', {
          fulfilmentId,
          boxCode,
          weightGrams: weight.grams,
          last,
        }),
      'Parcel not closed',
    );
    if (closed) {
      setBoxChoice(null);
      setWeightTyped(null);
    }
  };

  return {
    state,
    feedback: feedback.feedback,
    busy,
    boxCode,
    chooseBox: setBoxChoice,
    weightText,
    weightError: weightTyped !== null && !weight.ok ? weight.message : null,
    typeWeight: setWeightTyped,
    removeLast: () =>
      void send(() => client.call('pack.removeLast', { fulfilmentId }), 'Nothing taken out'),
    closeParcel: () => void close(false),
    closeLastParcel: () => void close(true),
    slipOpen,
    openSlip: () => setSlipOpen(true),
    printSlip: () =>
      void runner.current(async () => {
        try {
          const { message } = await client.call('pack.printSlip', { fulfilmentId });
          feedback.show({ verdict: 'info', title: 'Packing slip', detail: message });
        } catch (error) {
          feedback.showError(error, 'Packing slip not printed');
        }
      }),
    closeSlip: () => setSlipOpen(false),
    choices: bench.choices,
    choose: bench.choose,
  };
}
