import { Checkbox, Table, Text } from '@mantine/core';
import type { PickCandidate } from '../../../shared/contract';
import { formatRecentTime } from '../../format/format-local-time';

/** Released orders, oldest first, each with a big checkbox (Tab and Space work too). */
export function CandidateTable({
  candidates,
  selected,
  onToggle,
}: {
  candidates: readonly PickCandidate[];
  selected: readonly string[];
  onToggle: (fulfilmentId: string) => void;
}) {
  if (candidates.length === 0) {
    return <Text c="dimmed">No released orders are waiting to be picked.</Text>;
  }
  const now = new Date();
  return (
    <Table fz="lg" verticalSpacing="sm" highlightOnHover data-testid="pick-candidates">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={64}>Pick</Table.Th>
          <Table.Th>Order</Table.Th>
          <Table.Th>Ship to</Table.Th>
          <Table.Th>Service</Table.Th>
          <Table.Th>Lines</Table.Th>
          <Table.Th>Units</Table.Th>
          <Table.Th>Released</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {candidates.map((candidate) => {
          const on = selected.includes(candidate.fulfilmentId);
          return (
            <Table.Tr
              key={candidate.fulfilmentId}
              data-testid="pick-candidate"
              data-order={candidate.orderNumber}
              data-selected={on}
              onClick={() => onToggle(candidate.fulfilmentId)}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Checkbox
                  size="xl"
                  checked={on}
                  onChange={() => onToggle(candidate.fulfilmentId)}
                  onClick={(event) => event.stopPropagation()}
                  aria-label={`Pick ${candidate.orderNumber}`}
                />
              </Table.Td>
              <Table.Td>
                <strong>{candidate.orderNumber}</strong> · {candidate.number}
              </Table.Td>
              <Table.Td>{candidate.shipToName}</Table.Td>
              <Table.Td>{candidate.serviceLevel}</Table.Td>
              <Table.Td>{candidate.lines}</Table.Td>
              <Table.Td>{candidate.units}</Table.Td>
              <Table.Td>{formatRecentTime(candidate.releasedAt, now)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
