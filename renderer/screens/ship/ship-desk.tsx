import { Button, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ShipmentView } from '../../../shared/contract/schemas/ship';
import { useStationClient } from '../../api/react/station-context';
import { QueryView } from '../../components/query-view';
import { ScanFeedbackBanner } from '../../components/scan-feedback/scan-feedback-banner';
import { CameraScanButton } from '../../scanning/camera-scanner';
import { useFloorKeys } from '../pick/floor-keys';
import { LabelPreviewModal } from './label-preview-modal';
import { ReasonDialog } from './reason-dialog';
import { ShipLists } from './ship-lists';
import { ShipRates } from './ship-rates';
import { describeParcel, printBlocked } from './ship-texts';
import { useShipDesk } from './use-ship-desk';

type Asking = { kind: 'reprint' | 'void'; label: ShipmentView } | null;

/** Scan a closed parcel → rates and the rule's choice → scan again or Enter → label → next. */
export function ShipDesk() {
  const client = useStationClient();
  const [asking, setAsking] = useState<Asking>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const dialogOpen = asking !== null || previewing !== null;
  const desk = useShipDesk({ scansEnabled: !dialogOpen });
  useFloorKeys(
    { Enter: () => void desk.print(), Escape: desk.clear },
    !dialogOpen && desk.quote !== null,
  );
  const act = async (call: () => Promise<unknown>, title: string) => {
    try {
      const answer = await call();
      const message =
        typeof answer === 'object' && answer !== null && 'message' in answer
          ? String(answer.message)
          : title;
      desk.feedback.show({ verdict: 'done', title, detail: message });
      desk.refresh();
    } catch (error) {
      desk.feedback.showError(error, `${title}: not done`);
    }
  };
  const blocked = desk.quote ? printBlocked(desk.quote, desk.selected, desk.reason) : null;

  return (
    <Stack gap="lg" data-testid="ship-desk">
      <ScanFeedbackBanner feedback={desk.feedback.feedback} />
      <Paper withBorder radius="md" p="lg">
        {desk.quote ? (
          <Stack gap="md" data-testid="ship-current">
            <Text fz={24} fw={700} data-testid="ship-current-parcel">
              {describeParcel(desk.quote.parcel)}
            </Text>
            <ShipRates
              quote={desk.quote}
              selected={desk.selected}
              onSelect={desk.setSelected}
              reason={desk.reason}
              onReason={desk.setReason}
            />
            <Group>
              <Button
                size="lg"
                onClick={() => void desk.print()}
                disabled={blocked !== null}
                loading={desk.busy}
                data-testid="ship-print"
              >
                Print label
              </Button>
              <Text size="sm" c="dimmed">
                {blocked ?? (
                  <>
                    Scan the parcel again or press <Kbd>Enter</Kbd>; <Kbd>Esc</Kbd> to put it back.
                  </>
                )}
              </Text>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Text fz={36} fw={800} lh={1.15} data-testid="ship-instruction">
              Scan a closed parcel
            </Text>
            <Group>
              <CameraScanButton />
            </Group>
          </Stack>
        )}
      </Paper>
      <QueryView query={desk.overview} what="parcels to ship">
        {(overview) => (
          <ShipLists
            overview={overview}
            actions={{
              onOpen: (number) => void desk.open(number),
              onCancelAwaiting: (parcelId) =>
                void act(() => client.call('ship.cancelAwaiting', { parcelId }), 'Stopped waiting'),
              onReprint: (label) => setAsking({ kind: 'reprint', label }),
              onVoid: (label) => setAsking({ kind: 'void', label }),
              onPreview: (label) => setPreviewing(label.shipmentId),
              onCloseManifest: (carrierCode) =>
                void act(async () => {
                  const m = await client.call('ship.closeManifest', { carrierCode });
                  return {
                    message: `Manifest ${m.number}: ${m.parcels} parcel(s).${m.detail ? ` ${m.detail}` : ''}`,
                  };
                }, 'Manifest closed'),
            }}
          />
        )}
      </QueryView>
      <ReasonDialog
        opened={asking !== null}
        title={
          asking?.kind === 'void'
            ? `Void label ${asking.label.trackingNumber}`
            : `Reprint label ${asking?.label.trackingNumber ?? ''}`
        }
        action={asking?.kind === 'void' ? 'Void label' : 'Reprint'}
        onClose={() => setAsking(null)}
        onConfirm={async (reason) => {
          if (!asking) return;
          const { shipmentId } = asking.label;
          if (asking.kind === 'void') {
            const answer = await client.call('ship.void', { shipmentId, reason });
            desk.feedback.show({ verdict: 'done', title: 'Label void', detail: answer.message });
          } else {
            const label = await client.call('ship.reprint', { shipmentId, reason });
            desk.feedback.show({
              verdict: 'done',
              title: 'Reprinted',
              detail: `Label ${label.trackingNumber} sent to the printer again.`,
            });
          }
          desk.refresh();
        }}
      />
      <LabelPreviewModal shipmentId={previewing} onClose={() => setPreviewing(null)} />
    </Stack>
  );
}
