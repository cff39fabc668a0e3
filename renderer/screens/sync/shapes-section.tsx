import { Table } from '@mantine/core';
import type { ShapeSyncStatus } from '../../../shared/contract';
import { StatusItem } from '../../app/status-bar/status-item';
import { SectionCard } from '../../components/section-card';
import { formatRecentTime } from '../../format/format-local-time';
import { describeLastUpToDate, describeShapeState, shapeLabel } from './sync-texts';

/** What the station receives from the head office, one line per kind of data. */
export function ShapesSection({ shapes }: { shapes: readonly ShapeSyncStatus[] }) {
  const now = new Date();
  return (
    <SectionCard title="Data from head office" testId="sync-shapes">
      <Table withTableBorder verticalSpacing="sm" fz="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Data</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Last up to date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shapes.map((status) => (
            <Table.Tr key={status.shape} data-testid="sync-shape" data-shape={status.shape}>
              <Table.Td>{shapeLabel(status.shape)}</Table.Td>
              <Table.Td data-state={status.state}>
                <StatusItem status={describeShapeState(status)} testId="shape-state" />
              </Table.Td>
              <Table.Td>
                {describeLastUpToDate(status.lastUpToDateAt, (iso) => formatRecentTime(iso, now))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
