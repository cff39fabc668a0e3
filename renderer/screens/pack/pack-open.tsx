import { Button, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { ScanFeedbackBanner } from '../../components/scan-feedback/scan-feedback-banner';
import { CameraScanButton } from '../../scanning/camera-scanner';
import { useScans } from '../../scanning/use-scans';
import { useFloorKeys } from '../pick/floor-keys';
import { createSerialRunner } from '../pick/serial-runner';
import { useScanFeedback } from '../pick/use-scan-feedback';
import { useOpenAtBench } from './use-open-at-bench';

/** The empty bench: scan a tote or an order label; a batch cart lists its orders (keys 1–9). */
export function PackOpen() {
  const feedback = useScanFeedback();
  const bench = useOpenAtBench(feedback);
  const runner = useRef(createSerialRunner());
  useScans((scan) => void runner.current(() => bench.openScan(scan)));
  const keys = Object.fromEntries(
    bench.choices
      .slice(0, 9)
      .map((choice, index) => [String(index + 1), () => bench.choose(choice.fulfilmentId)]),
  );
  useFloorKeys(keys);

  return (
    <Stack gap="lg" data-testid="pack-open">
      <ScanFeedbackBanner feedback={feedback.feedback} />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Text fz={36} fw={800} lh={1.15} data-testid="pack-instruction">
            {bench.choices.length > 0
              ? 'Scan the order to pack from this cart'
              : 'Scan a tote or an order label'}
          </Text>
          <Group>
            <CameraScanButton />
          </Group>
        </Stack>
      </Paper>
      {bench.choices.length > 0 && (
        <Stack gap="sm" data-testid="pack-choices">
          {bench.choices.map((choice, index) => (
            <Button
              key={choice.fulfilmentId}
              size="xl"
              mih={56}
              variant="default"
              justify="space-between"
              onClick={() => bench.choose(choice.fulfilmentId)}
              rightSection={index < 9 ? <Kbd size="md">{index + 1}</Kbd> : undefined}
              data-testid="pack-choice"
              data-order={choice.orderNumber}
            >
              {choice.orderNumber} · {choice.number}
            </Button>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
