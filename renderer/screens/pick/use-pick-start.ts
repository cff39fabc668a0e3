import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ScanEvent } from '../../../shared/scanning/scan-event';
import type { WaveKind } from '../../../shared/mutations/wave-start';
import { useStationClient } from '../../api/react/station-context';
import { useStationMutation } from '../../api/react/use-station-mutation';
import { useStationQuery } from '../../api/react/use-station-query';
import { useTopic } from '../../api/react/use-topic';
import { useScans } from '../../scanning/use-scans';
import { refetchFloor } from './floor-cache';
import { createSerialRunner } from './serial-runner';
import { checkStart, fillNextTote, resize, toteSlotCount } from './pick-start-check';
import { useScanFeedback } from './use-scan-feedback';

/**
 * Choosing orders for a new pick list. A scanned order label ticks that order; a scanned tote
 * label fills the next empty tote slot; typing in a slot works as well.
 */
export function usePickStart() {
  const client = useStationClient();
  const cache = useQueryClient();
  const navigate = useNavigate();
  const feedback = useScanFeedback();
  const waves = useStationQuery('pick.waves', {});
  const candidates = useStationQuery('pick.candidates', {});
  const [kind, setKind] = useState<WaveKind>('batch');
  // Mirrored in refs: scans arrive faster than renders, and each must see the one before it.
  const [ticked, setTickedState] = useState<string[]>([]);
  const [totes, setTotesState] = useState<string[]>([]);
  const tickedRef = useRef(ticked);
  const totesRef = useRef(totes);
  const setTicked = (next: string[]) => {
    tickedRef.current = next;
    setTickedState(next);
  };
  const setTotes = (next: string[]) => {
    totesRef.current = next;
    setTotesState(next);
  };
  const runner = useRef(createSerialRunner());
  const [tried, setTried] = useState(false);
  useTopic('floor.changed', () => refetchFloor(cache));

  // Orders picked elsewhere in the meantime drop out of the ticked ones.
  const released = candidates.data ?? [];
  const selectedOf = (ids: readonly string[]) =>
    ids.filter((id) => released.some((c) => c.fulfilmentId === id));
  const selected = selectedOf(ticked);
  const slots = toteSlotCount(kind, selected.length);
  const shownTotes = resize(totes, slots);
  const check = checkStart(kind, selected, shownTotes);

  const start = useStationMutation('pick.start', {
    onSuccess: ({ waveId }) => {
      refetchFloor(cache);
      void navigate(`/pick/${waveId}`);
    },
    onError: (error) => feedback.showError(error, 'Pick list not started'),
  });

  /** Ticks or unticks an order; true when it is now ticked. */
  const toggle = (fulfilmentId: string): boolean => {
    const current = tickedRef.current;
    const on = !current.includes(fulfilmentId);
    setTicked(on ? [...current, fulfilmentId] : current.filter((id) => id !== fulfilmentId));
    return on;
  };

  const fillTote = (label: string) => {
    const slotCount = toteSlotCount(kind, selectedOf(tickedRef.current).length);
    const fill = fillNextTote(totesRef.current, slotCount, label);
    if (!fill.ok)
      return feedback.show({ verdict: 'wrong', title: 'Tote not added', detail: fill.message });
    setTotes(fill.totes);
    feedback.show({
      verdict: 'right',
      title: `Tote ${fill.code}`,
      detail: `In slot ${fill.slot + 1} of ${slotCount}.`,
    });
  };

  const onScan = async (scan: ScanEvent) => {
    try {
      const meaning = await client.call('scan.resolve', { scan });
      if (meaning.kind === 'fulfilment') {
        const candidate = released.find((c) => c.fulfilmentId === meaning.fulfilmentId);
        if (!candidate) {
          return feedback.show({
            verdict: 'wrong',
            title: `${meaning.number} not waiting`,
            detail: 'This order is not released for picking, or is on a pick list already.',
          });
        }
        const on = toggle(candidate.fulfilmentId);
        return feedback.show({
          verdict: on ? 'right' : 'info',
          title: `${candidate.orderNumber} ${on ? 'ticked' : 'unticked'}`,
          detail: on ? 'Scan more orders, or the tote labels.' : 'Scan it again to tick it.',
        });
      }
      if (meaning.kind === 'tote') return fillTote(meaning.code);
      // A new tote the station has never seen resolves as unknown; its label is still a tote.
      return fillTote(scan.content);
    } catch (error) {
      feedback.showError(error, 'Scan not read');
    }
  };
  useScans((scan) => void runner.current(() => onScan(scan)));

  return {
    waves,
    candidates,
    feedback: feedback.feedback,
    kind,
    setKind,
    selected,
    toggle: (fulfilmentId: string) => void toggle(fulfilmentId),
    slots,
    totes: shownTotes,
    setTote: (index: number, value: string) =>
      setTotes(resize(totesRef.current, slots).map((t, i) => (i === index ? value : t))),
    check,
    tried,
    starting: start.isPending,
    start: () => {
      setTried(true);
      if (!check.ok) {
        feedback.show({ verdict: 'wrong', title: 'Not ready', detail: check.message });
        return;
      }
      if (!start.isPending) start.mutate(check.input);
    },
    open: (waveId: string) => void navigate(`/pick/${waveId}`),
  };
}
