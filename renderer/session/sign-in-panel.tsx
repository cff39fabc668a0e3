import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { BadgeSignIn } from './badge-sign-in';
import { PinSignIn } from './pin-sign-in';

/** Badge first (one scan); the PIN path is one button away for whoever forgot theirs. */
export function SignInPanel({
  reason = 'Sign in to make changes at this station.',
  autoFocus = true,
}: {
  reason?: string;
  autoFocus?: boolean;
}) {
  const [withPin, setWithPin] = useState(false);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="sign-in-panel">
      <Stack gap="md">
        <Title order={3}>Sign in</Title>
        <Text>{reason}</Text>
        {withPin ? <PinSignIn /> : <BadgeSignIn autoFocus={autoFocus} />}
        <Button
          variant="subtle"
          size="md"
          leftSection={withPin ? undefined : <IconKey size={20} aria-hidden />}
          onClick={() => setWithPin(!withPin)}
          w="fit-content"
        >
          {withPin ? 'Scan a badge instead' : 'Sign in with PIN'}
        </Button>
      </Stack>
    </Paper>
  );
}
