import { Group, Paper, Stack, Text } from '@mantine/core';
import type { PickState } from '../../../shared/contract';
import { describeNextScan, describeStopOrders, describeTake } from './pick-texts';

/** The stop the picker is at, in type big enough to read from arm's length. */
export function CurrentStop({ state }: { state: PickState }) {
  const task = state.current;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="pick-current">
      <Stack gap="sm">
        <Text
          fz={36}
          fw={800}
          lh={1.15}
          data-testid="pick-instruction"
          data-expecting={state.done ? 'nothing' : state.expecting}
        >
          {describeNextScan(state)}
        </Text>
        {task && !state.done && (
          <Group gap="xl" wrap="wrap" align="flex-end">
            <Fact label="Bin" value={task.bin?.code ?? 'None'} testId="pick-bin" />
            <Fact label="SKU" value={task.product.sku} testId="pick-sku" />
            <Fact label="Take" value={String(task.quantity)} testId="pick-quantity" />
            {task.tote && <Fact label="Tote" value={task.tote} testId="pick-tote" />}
          </Group>
        )}
        {task && !state.done && (
          <Stack gap={2}>
            <Text fz="xl">{task.product.name}</Text>
            <Text fz="lg" c="dimmed">
              {describeTake(task)} · {describeStopOrders(task)}
            </Text>
            {(state.captured.lot || state.captured.expiry) && (
              <Text fz="lg" data-testid="pick-captured">
                {state.captured.lot && `Lot ${state.captured.lot}`}
                {state.captured.lot && state.captured.expiry && ' · '}
                {state.captured.expiry && `Expires ${state.captured.expiry}`}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text fz="sm" tt="uppercase" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={44} fw={800} lh={1.1} ff="monospace" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
