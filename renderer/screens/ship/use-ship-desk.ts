import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ShipQuote } from '../../../shared/contract/schemas/ship';
import type { ScanEvent } from '../../../shared/scanning/scan-event';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { useStationClient } from '../../api/react/station-context';
import { useStationQuery } from '../../api/react/use-station-query';
import { useTopic } from '../../api/react/use-topic';
import { useScans } from '../../scanning/use-scans';
import { createSerialRunner } from '../pick/serial-runner';
import { useScanFeedback } from '../pick/use-scan-feedback';
import { isOverride, printBlocked, serviceKey } from './ship-texts';

/**
 * The ship desk: a scanned parcel gets its rates and the rule's choice; scanning the same parcel
 * again (or Enter) prints the chosen label; the next parcel's scan starts over.
 */
export function useShipDesk(options: { scansEnabled: boolean }) {
  const client = useStationClient();
  const cache = useQueryClient();
  const feedback = useScanFeedback();
  const runner = useRef(createSerialRunner());
  const [quote, setQuote] = useState<ShipQuote | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const overview = useStationQuery('ship.overview', {});
  const refresh = () =>
    void cache.invalidateQueries({ queryKey: methodQueryPrefix('ship.overview') });
  useTopic('ship.changed', refresh);
  const latest = useRef({ quote, selected, reason });
  latest.current = { quote, selected, reason };

  async function open(parcel: string): Promise<void> {
    setBusy(true);
    try {
      const next = await client.call('ship.quote', { parcel });
      setQuote(next);
      setSelected(next.choice ? serviceKey(next.choice) : null);
      setReason('');
      feedback.show(
        next.choice
          ? {
              verdict: 'right',
              title: `Parcel ${next.parcel.number}`,
              detail: `${next.choice.reason}. Scan the parcel again or press Enter to print.`,
            }
          : {
              verdict: 'info',
              title: `Parcel ${next.parcel.number}`,
              detail: next.noChoiceReason ?? 'Choose a service.',
            },
      );
    } catch (error) {
      setQuote(null);
      feedback.showError(error, 'Not a parcel to ship');
    } finally {
      setBusy(false);
    }
  }

  async function print(): Promise<void> {
    const { quote: current, selected: key, reason: why } = latest.current;
    if (!current) return;
    const blocked = printBlocked(current, key, why);
    if (blocked || key === null) {
      feedback.show({
        verdict: 'wrong',
        title: 'Not printed',
        detail: blocked ?? 'Choose a service.',
      });
      return;
    }
    const [carrierCode = '', serviceCode = ''] = key.split('/');
    setBusy(true);
    try {
      const answer = await client.call('ship.label', {
        parcelId: current.parcel.parcelId,
        carrierCode,
        serviceCode,
        ...(isOverride(current, key) ? { overrideReason: why.trim() } : {}),
      });
      feedback.show({
        verdict: answer.outcome === 'printed' ? 'done' : 'info',
        title:
          answer.outcome === 'printed'
            ? `Label ${answer.shipment.trackingNumber}`
            : 'Awaiting label',
        detail: `${answer.message} Scan the next parcel.`,
      });
      setQuote(null);
      refresh();
    } catch (error) {
      feedback.showError(error, 'Label not made');
    } finally {
      setBusy(false);
    }
  }

  useScans(
    (scan: ScanEvent) => {
      const current = latest.current.quote;
      const text = scan.content.trim();
      if (current && (text === current.parcel.number || text === current.parcel.orderNumber)) {
        void runner.current(print);
        return;
      }
      void runner.current(() => open(text));
    },
    { enabled: options.scansEnabled },
  );

  return {
    feedback,
    overview,
    quote,
    selected,
    setSelected,
    reason,
    setReason,
    busy,
    open: (parcel: string) => runner.current(() => open(parcel)),
    print: () => runner.current(print),
    clear: () => setQuote(null),
    refresh,
  };
}
export type ShipDesk = ReturnType<typeof useShipDesk>;
