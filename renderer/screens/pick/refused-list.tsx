import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PickState } from '../../../shared/contract';
import { formatRecentTime } from '../../format/format-local-time';

/**
 * Picks or shorts the head office would not take (another station got there first, the order
 * changed …), each with its reason, so the picker knows what to put back.
 */
export function RefusedList({ refused }: { refused: PickState['refused'] }) {
  if (refused.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle />}
      title={`The head office refused ${refused.length} ${refused.length === 1 ? 'change' : 'changes'}`}
      data-testid="pick-refused"
    >
      <List spacing="xs" fz="lg">
        {refused.map((problem) => (
          <List.Item key={problem.mutationId} data-testid="pick-refused-item">
            {formatRecentTime(problem.at, new Date())}: {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
