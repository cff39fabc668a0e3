import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import type { BinStockRow } from '../../../shared/contract';
import { rowKey } from './inventory-texts';
import { PendingMarker } from './pending-marker';

/** Stock by bin. A row opens the count form by click, or by its Count button from the keyboard. */
export function StockTable({
  rows,
  selectedKey,
  onSelect,
}: {
  rows: readonly BinStockRow[];
  selectedKey: string | null;
  onSelect: (row: BinStockRow) => void;
}) {
  if (rows.length === 0) return null;
  return (
    <Table
      striped
      highlightOnHover
      withTableBorder
      verticalSpacing="sm"
      fz="lg"
      data-testid="stock-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Bin</Table.Th>
          <Table.Th>SKU</Table.Th>
          <Table.Th>Product</Table.Th>
          <Table.Th ta="right">On hand</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const key = rowKey(row);
          const selected = key === selectedKey;
          return (
            <Table.Tr
              key={key}
              data-testid="stock-row"
              data-sku={row.product.sku}
              data-bin={row.binCode}
              aria-selected={selected}
              bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
              onClick={() => onSelect(row)}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td ff="monospace" fw={700}>
                {row.binCode}
              </Table.Td>
              <Table.Td ff="monospace">{row.product.sku}</Table.Td>
              <Table.Td>{row.product.name}</Table.Td>
              <Table.Td ta="right">
                <Stack gap={4} align="flex-end">
                  <Text fz="xl" fw={700} data-testid="on-hand">
                    {row.onHand}
                  </Text>
                  <PendingMarker pendingDelta={row.pendingDelta} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Button
                    variant={selected ? 'filled' : 'default'}
                    size="md"
                    leftSection={<IconClipboardCheck size={20} />}
                    aria-label={`Count ${row.product.sku} in ${row.binCode}`}
                    onClick={(event) => {
                      event.stopPropagation();
                      onSelect(row);
                    }}
                  >
                    Count
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
