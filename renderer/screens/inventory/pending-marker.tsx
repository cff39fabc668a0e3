import { Badge } from '@mantine/core';
import { IconClockUp } from '@tabler/icons-react';
import { describePending } from './inventory-texts';

/** Beside an on-hand figure that still includes this station's unconfirmed changes. */
export function PendingMarker({ pendingDelta }: { pendingDelta: number }) {
  const text = describePending(pendingDelta);
  if (text === null) return null;
  return (
    <Badge
      color="yellow"
      variant="light"
      size="lg"
      radius="sm"
      leftSection={<IconClockUp size={16} aria-hidden />}
      data-testid="pending-marker"
      style={{ textTransform: 'none' }}
    >
      {text}
    </Badge>
  );
}
