import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { ErrorNotice } from '../../components/error-notice';
import { useEnrolmentForm } from './use-enrolment-form';

export function EnrolmentForm() {
  const form = useEnrolmentForm();
  return (
    <form onSubmit={form.onSubmit} noValidate data-testid="enrolment-form">
      <Stack gap="md">
        <Text>
          This station is not enrolled yet. Ask a manager for an enrolment code for your warehouse,
          then enter it here with the head office address.
        </Text>
        <TextInput
          label="Head office address"
          placeholder="http://10.0.0.5:5180"
          value={form.headOfficeUrl}
          onChange={(event) => form.onUrlChange(event.currentTarget.value)}
          error={form.urlError}
          size="lg"
          autoComplete="off"
          spellCheck={false}
          maw={480}
        />
        <TextInput
          label="Enrolment code"
          placeholder="ABCD-EFGH-JKLM"
          value={form.code}
          onChange={(event) => form.onCodeChange(event.currentTarget.value)}
          error={form.codeError}
          size="lg"
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          maw={320}
        />
        <Group>
          <Button
            type="submit"
            size="lg"
            loading={form.enrolling}
            leftSection={<IconPlugConnected size={22} />}
          >
            Enrol this station
          </Button>
        </Group>
        {form.formError && (
          <ErrorNotice title="The station was not enrolled" error={form.formError} />
        )}
      </Stack>
    </form>
  );
}
