import { Alert, Anchor, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Screens that need the head office's data say so, and where to fix it, before it exists. */
export function NotEnrolledNotice({ why }: { why: string }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      title="This station is not enrolled yet"
      icon={<IconPlugConnectedX />}
      data-testid="not-enrolled"
    >
      <Text>
        {why} Enrol this station with a code from your manager in{' '}
        <Anchor component={Link} to="/settings" fw={700}>
          Settings
        </Anchor>
        .
      </Text>
    </Alert>
  );
}
