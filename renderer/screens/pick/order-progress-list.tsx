import { Group, Progress, Stack, Text } from '@mantine/core';
import type { PickState } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { describeOrderProgress, progressPercent } from './pick-texts';

/** Each order on the list, with its tote and how much of it is picked. */
export function OrderProgressList({ orders }: { orders: PickState['orders'] }) {
  return (
    <SectionCard title="Orders" testId="pick-orders">
      <Stack gap="sm">
        {orders.map((order) => (
          <Stack
            key={order.fulfilmentId}
            gap={4}
            data-testid="pick-order"
            data-order={order.orderNumber}
          >
            <Group justify="space-between" wrap="wrap">
              <Text fz="lg" fw={600}>
                {order.orderNumber} · {order.number}
                {order.tote ? ` · ${order.tote}` : ''}
              </Text>
              <Text fz="lg" data-testid="pick-order-progress">
                {describeOrderProgress(order)}
              </Text>
            </Group>
            <Progress
              value={progressPercent(order)}
              size="lg"
              aria-label={`${order.orderNumber} progress`}
            />
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}
