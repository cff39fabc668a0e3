import { Button, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { HOME_PATH } from './routes';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Stack gap="lg" align="flex-start">
      <Title order={1}>Screen not found</Title>
      <Text>
        There is no screen at <code>{pathname}</code>. It may have moved, or the link was typed
        wrong.
      </Text>
      <Button component={Link} to={HOME_PATH} leftSection={<IconArrowLeft size={22} />}>
        Back to the start
      </Button>
    </Stack>
  );
}
