import { Badge, Button, Group, Kbd, Progress, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconArrowLeft, IconFileText, IconPrinter } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { PackState } from '../../../shared/contract';
import { QueryView } from '../../components/query-view';
import { ScanFeedbackBanner } from '../../components/scan-feedback/scan-feedback-banner';
import { CameraScanButton } from '../../scanning/camera-scanner';
import { useFloorKeys } from '../pick/floor-keys';
import { KeyButton } from '../pick/key-button';
import { ClosedParcels } from './closed-parcels';
import { OpenParcelPanel } from './open-parcel-panel';
import { PackCallouts } from './pack-callouts';
import { PackLinesTable } from './pack-lines-table';
import { describePackProgress, packPercent } from './pack-texts';
import { PackingSlipModal } from './packing-slip-modal';
import { usePackBench } from './use-pack-bench';

/** One order at the bench: what to verify, what is wrong, the open parcel and the closed ones. */
export function PackBench({ fulfilmentId }: { fulfilmentId: string }) {
  const navigate = useNavigate();
  const bench = usePackBench(fulfilmentId);
  const back = () => void navigate('/pack');
  useFloorKeys(
    {
      F4: bench.removeLast,
      F6: bench.openSlip,
      F7: bench.printSlip,
      F8: bench.closeParcel,
      F9: bench.closeLastParcel,
      Escape: back,
    },
    !bench.slipOpen,
  );

  return (
    <Stack gap="lg" data-testid="pack-bench">
      <ScanFeedbackBanner feedback={bench.feedback} />
      {bench.choices.length > 0 && (
        <Stack gap="xs" data-testid="pack-choices">
          <Text fz="lg">This cart holds several orders: scan or tap the one to pack.</Text>
          <Group gap="sm">
            {bench.choices.map((choice) => (
              <Button
                key={choice.fulfilmentId}
                size="lg"
                variant="default"
                onClick={() => bench.choose(choice.fulfilmentId)}
                data-testid="pack-choice"
                data-order={choice.orderNumber}
              >
                {choice.orderNumber} · {choice.number}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <QueryView query={bench.state} what="the order at the bench">
        {(state) => (
          <Stack gap="lg">
            <OrderHeader state={state} />
            <PackCallouts callouts={state.callouts} />
            <OpenParcelPanel
              state={state}
              boxCode={bench.boxCode}
              onBox={bench.chooseBox}
              weightText={bench.weightText}
              weightError={bench.weightError}
              onWeight={bench.typeWeight}
              onClose={bench.closeParcel}
              onCloseLast={bench.closeLastParcel}
              busy={bench.busy}
            />
            <Group gap="md" wrap="wrap">
              <KeyButton
                keyHint="F4"
                variant="default"
                leftSection={<IconArrowBackUp size={24} />}
                onClick={bench.removeLast}
                disabled={state.openParcel.units === 0}
                testId="pack-remove-last"
              >
                Take last item out
              </KeyButton>
              <KeyButton
                keyHint="F6"
                variant="default"
                leftSection={<IconFileText size={24} />}
                onClick={bench.openSlip}
                testId="pack-slip"
              >
                Packing slip
              </KeyButton>
              <KeyButton
                keyHint="F7"
                variant="default"
                leftSection={<IconPrinter size={24} />}
                onClick={bench.printSlip}
                testId="pack-print-slip"
              >
                Print slip
              </KeyButton>
              <KeyButton
                keyHint="Esc"
                variant="subtle"
                leftSection={<IconArrowLeft size={24} />}
                onClick={back}
                testId="pack-back"
              >
                Bench
              </KeyButton>
              <CameraScanButton />
            </Group>
            <PackLinesTable lines={state.lines} />
            <ClosedParcels parcels={state.parcels} />
            <PackingSlipModal
              fulfilmentId={fulfilmentId}
              opened={bench.slipOpen}
              onClose={bench.closeSlip}
            />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

function OrderHeader({ state }: { state: PackState }) {
  const order = state.fulfilment;
  return (
    <Stack gap="xs" data-testid="pack-order">
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Text fz={32} fw={800} lh={1.15} data-testid="pack-order-number">
            {order.orderNumber} · {order.number}
          </Text>
          <Text fz="lg">
            {order.shipTo.name}, {order.shipTo.lines.join(', ')} · {order.serviceLevel}
            {order.tote ? ` · tote ${order.tote}` : ''}
          </Text>
        </Stack>
        <Badge size="xl" color={state.complete ? 'teal' : 'blue'} data-testid="pack-status">
          {state.complete ? 'Packed' : order.status}
        </Badge>
      </Group>
      <Progress
        value={packPercent(state.lines)}
        size="xl"
        radius="md"
        aria-label="Packing progress"
      />
      <Group justify="space-between">
        <Text fz="lg" role="status" data-testid="pack-progress-text">
          {describePackProgress(state.lines)}
        </Text>
        {state.complete && (
          <Text fz="lg">
            Scan the next tote to pack it, or press <Kbd>Esc</Kbd>.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
