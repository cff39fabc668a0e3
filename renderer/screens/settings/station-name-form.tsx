import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { ErrorNotice } from '../../components/error-notice';
import { useStationNameForm } from './use-station-name-form';

export function StationNameForm({ current }: { current: string }) {
  const form = useStationNameForm(current);
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Station name"
          description="Shown in the header, on every screen of this station and on printed slips."
          value={form.value}
          onChange={(event) => form.onChange(event.currentTarget.value)}
          error={form.fieldError}
          autoComplete="off"
          spellCheck={false}
          maw={480}
        />
        <Group>
          <Button
            type="submit"
            disabled={!form.canSave}
            loading={form.saving}
            leftSection={<IconDeviceFloppy size={22} />}
          >
            Save
          </Button>
        </Group>
        {form.savedName !== null && (
          <Alert color="teal" icon={<IconCheck />} role="status" data-testid="station-name-saved">
            Saved. This station is now called “{form.savedName}”.
          </Alert>
        )}
        {form.formError && <ErrorNotice title="The name was not saved" error={form.formError} />}
      </Stack>
    </form>
  );
}
