import { Badge, Table, Text } from '@mantine/core';
import type { PackLine } from '../../../shared/contract';
import { SectionCard } from '../../components/section-card';
import { lineStatus, unitsToVerify } from './pack-texts';

const STATUS_LOOK = {
  done: { color: 'teal', text: 'Done' },
  'to-verify': { color: 'blue', text: 'Scan' },
  short: { color: 'orange', text: 'Short' },
} as const;

/** Every line of the order: ordered, picked, packed, in the open parcel, and still to scan. */
export function PackLinesTable({ lines }: { lines: readonly PackLine[] }) {
  return (
    <SectionCard title="Lines" testId="pack-lines">
      <Table fz="lg" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>SKU</Table.Th>
            <Table.Th>Product</Table.Th>
            <Table.Th>Ordered</Table.Th>
            <Table.Th>Picked</Table.Th>
            <Table.Th>Packed</Table.Th>
            <Table.Th>In parcel</Table.Th>
            <Table.Th>To scan</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => {
            const look = STATUS_LOOK[lineStatus(line)];
            return (
              <Table.Tr
                key={line.fulfilmentLineId}
                data-testid="pack-line"
                data-sku={line.product.sku}
              >
                <Table.Td ff="monospace">{line.product.sku}</Table.Td>
                <Table.Td>{line.product.name}</Table.Td>
                <Table.Td>{line.ordered}</Table.Td>
                <Table.Td>
                  {line.picked}
                  {line.short > 0 && <Text span c="orange">{` (${line.short} short)`}</Text>}
                </Table.Td>
                <Table.Td data-testid="pack-line-packed">{line.packed}</Table.Td>
                <Table.Td data-testid="pack-line-in-parcel">{line.inParcel}</Table.Td>
                <Table.Td fw={700} data-testid="pack-line-to-scan">
                  {unitsToVerify(line)}
                </Table.Td>
                <Table.Td>
                  <Badge color={look.color} size="lg">
                    {look.text}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
