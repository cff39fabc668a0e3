import {
  Alert,
  Button,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import type { ScannerProfile } from '../../../shared/scanning/scanner-profile';
import { ErrorNotice } from '../../components/error-notice';
import {
  TERMINATOR_CHOICES,
  type ProfileChoice,
  type ProfileField,
  type TerminatorChoice,
} from './scanner-profile-form';
import { useWedgeScannerProfileForm } from './use-wedge-scanner-profile-form';

const CHOICES: ReadonlyArray<{ value: ProfileChoice; label: string; hint: string }> = [
  { value: 'generic', label: 'Generic', hint: 'Most scanners as they come' },
  { value: 'zebra', label: 'Zebra', hint: 'Types a little slower' },
  { value: 'honeywell', label: 'Honeywell', hint: 'Types fast' },
  { value: 'custom', label: 'Custom', hint: 'Prefix, suffix, timing' },
];

const TERMINATOR_LABELS: Readonly<Record<TerminatorChoice, string>> = {
  'enter-or-tab': 'Enter or Tab',
  enter: 'Enter',
  tab: 'Tab',
  none: 'Nothing (a pause ends the scan)',
};

const TEXT_FIELDS: ReadonlyArray<{
  field: Exclude<ProfileField, 'terminator'>;
  label: string;
  description: string;
}> = [
  { field: 'prefix', label: 'Prefix', description: 'Sent before each barcode; removed.' },
  { field: 'suffix', label: 'Suffix', description: 'Sent after each barcode; removed.' },
  {
    field: 'groupSeparatorSubstitute',
    label: 'GS substitute character',
    description: 'The character sent in place of GS; empty if the scanner sends GS.',
  },
  {
    field: 'maxInterKeyMs',
    label: 'Longest gap between keys (ms)',
    description: 'A longer gap means a person is typing.',
  },
  {
    field: 'endIdleMs',
    label: 'Quiet time that ends a scan (ms)',
    description: 'Used when the scanner sends nothing after the barcode.',
  },
  {
    field: 'minLength',
    label: 'Shortest barcode (characters)',
    description: 'Shorter bursts are treated as typing.',
  },
];

/** Which keyboard-wedge scanner this station has, so fast keystrokes are read as scans. */
export function WedgeScannerProfileForm({ current }: { current: ScannerProfile }) {
  const profile = useWedgeScannerProfileForm(current);
  return (
    <form onSubmit={profile.onSubmit} noValidate data-testid="wedge-scanner-profile">
      <Stack gap="md">
        <Radio.Group
          label="Keyboard-wedge scanner"
          description="Scanners that type into the screen like a keyboard. Choose the make, or Custom to match how the scanner is set up."
          value={profile.choice}
          onChange={(value) => {
            const picked = CHOICES.find((choice) => choice.value === value);
            if (picked && picked.value !== profile.choice) profile.choose(picked.value);
          }}
        >
          <Group gap="sm" mt="xs" wrap="wrap">
            {CHOICES.map((choice) => (
              <Radio.Card
                key={choice.value}
                value={choice.value}
                aria-label={choice.label}
                radius="md"
                p="md"
                w={190}
                mih={56}
              >
                <Group gap="sm" wrap="nowrap">
                  <Radio.Indicator />
                  <Stack gap={0}>
                    <Text fz="lg">{choice.label}</Text>
                    <Text fz="sm" c="dimmed">
                      {choice.hint}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ))}
          </Group>
        </Radio.Group>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={720}>
          <Select
            size="lg"
            label="Sent after each barcode"
            description="The key that ends a scan."
            data={TERMINATOR_CHOICES.map((value) => ({ value, label: TERMINATOR_LABELS[value] }))}
            value={profile.form.terminator}
            onChange={(value) => {
              const picked = TERMINATOR_CHOICES.find((choice) => choice === value);
              if (picked) profile.change('terminator', picked);
            }}
            error={profile.fieldErrors.terminator}
            disabled={!profile.editable}
            allowDeselect={false}
          />
          {TEXT_FIELDS.map(({ field, label, description }) => (
            <TextInput
              key={field}
              label={label}
              description={description}
              value={profile.form[field]}
              onChange={(event) => profile.change(field, event.currentTarget.value)}
              error={profile.fieldErrors[field]}
              disabled={!profile.editable}
              autoComplete="off"
              spellCheck={false}
            />
          ))}
        </SimpleGrid>

        <Group>
          <Button
            type="submit"
            disabled={!profile.canSave}
            loading={profile.saving}
            leftSection={<IconDeviceFloppy size={22} />}
          >
            Save scanner profile
          </Button>
        </Group>
        {profile.saved && (
          <Alert
            color="teal"
            icon={<IconCheck />}
            role="status"
            data-testid="scanner-profile-saved"
          >
            Saved. Scans on this station are now read with the new profile.
          </Alert>
        )}
        {profile.formError && (
          <ErrorNotice title="The scanner profile was not saved" error={profile.formError} />
        )}
      </Stack>
    </form>
  );
}
