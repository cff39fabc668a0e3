import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { errorMessageFor } from '../api/station-call-error';

/** A failed call: what went wrong in words, and a way to try again. Never a stack trace. */
export function ErrorNotice({
  title,
  error,
  onRetry,
  retrying = false,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle />} role="alert">
      <Stack gap="md" align="flex-start">
        <Text>{errorMessageFor(error)}</Text>
        {onRetry && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={20} />}
            onClick={onRetry}
            loading={retrying}
          >
            Retry
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
