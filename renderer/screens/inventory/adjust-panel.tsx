import { Group, Stack, Text } from '@mantine/core';
import type { BinStockRow } from '../../../shared/contract';
import { stockAdjust } from '../../../shared/mutations/stock-adjust';
import { SectionCard } from '../../components/section-card';
import { SignedInOnly } from '../../session/signed-in-only';
import { AdjustForm } from './adjust-form';
import { PendingMarker } from './pending-marker';

/** The place being counted, and the form to count it (after signing in, if nobody is). */
export function AdjustPanel({
  row,
  onSaved,
  onCancel,
}: {
  row: BinStockRow;
  onSaved: (row: BinStockRow) => void;
  onCancel: () => void;
}) {
  return (
    <SectionCard title={`Count ${row.product.sku} in ${row.binCode}`} testId="adjust-panel">
      <Stack gap="md">
        <Group gap="md" wrap="wrap">
          <Text fz="lg">{row.product.name}</Text>
          <Text fz="lg">
            On hand: <strong>{row.onHand}</strong>
          </Text>
          <PendingMarker pendingDelta={row.pendingDelta} />
        </Group>
        <SignedInOnly
          reason="Sign in to count or adjust stock. Your name goes with the change."
          allowed={{ roles: stockAdjust.roles, what: 'a stock count' }}
        >
          <AdjustForm
            key={`${row.binId}:${row.product.id}`}
            row={row}
            onSaved={onSaved}
            onCancel={onCancel}
          />
        </SignedInOnly>
      </Stack>
    </SectionCard>
  );
}
