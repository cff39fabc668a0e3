import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  readonly label: string;
  readonly value: ReactNode;
}

/** Label/value rows, for facts a support person reads out over the phone. */
export function FactTable({ facts, caption }: { facts: readonly Fact[]; caption?: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder verticalSpacing="sm" fz="md">
      {caption && <Table.Caption>{caption}</Table.Caption>}
      <Table.Tbody>
        {facts.map((fact) => (
          <Table.Tr key={fact.label}>
            <Table.Th w="35%">{fact.label}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{fact.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
