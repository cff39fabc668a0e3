import { Alert, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { WAVE_KIND_LABELS, WAVE_KINDS, WaveKindSchema } from '../../../shared/mutations/wave-start';
import { QueryView } from '../../components/query-view';
import { ScanFeedbackBanner } from '../../components/scan-feedback/scan-feedback-banner';
import { SectionCard } from '../../components/section-card';
import { CameraScanButton } from '../../scanning/camera-scanner';
import { CandidateTable } from './candidate-table';
import { useFloorKeys } from './floor-keys';
import { KeyButton } from './key-button';
import { OpenWaveList } from './open-wave-list';
import { ToteSlots } from './tote-slots';
import { usePickStart } from './use-pick-start';

const KINDS = WAVE_KINDS.map((kind) => ({ value: kind, label: WAVE_KIND_LABELS[kind] }));

/** Where picking starts: this station's open pick lists, and released orders for a new one. */
export function PickStart() {
  const screen = usePickStart();
  useFloorKeys({ F9: screen.start });
  return (
    <Stack gap="lg" data-testid="pick-start">
      <ScanFeedbackBanner feedback={screen.feedback} />
      <SectionCard title="Open pick lists" testId="pick-waves">
        <QueryView query={screen.waves} what="open pick lists">
          {(waves) => <OpenWaveList waves={waves} onOpen={screen.open} />}
        </QueryView>
      </SectionCard>
      <SectionCard title="New pick list" testId="pick-new">
        <Stack gap="md">
          <SegmentedControl
            data={KINDS}
            value={screen.kind}
            onChange={(value) => {
              const kind = WaveKindSchema.safeParse(value);
              if (kind.success) screen.setKind(kind.data);
            }}
            size="xl"
            w="fit-content"
            aria-label="Kind of pick list"
          />
          <Text fz="lg" c="dimmed">
            Scan order labels to tick them (or tick them here), scan the tote labels, then start.
          </Text>
          <QueryView query={screen.candidates} what="released orders">
            {(candidates) => (
              <CandidateTable
                candidates={candidates}
                selected={screen.selected}
                onToggle={screen.toggle}
              />
            )}
          </QueryView>
          {screen.selected.length > 0 && (
            <ToteSlots kind={screen.kind} totes={screen.totes} onChange={screen.setTote} />
          )}
          {screen.tried && !screen.check.ok && (
            <Alert color="orange" data-testid="pick-start-problem">
              {screen.check.message}
            </Alert>
          )}
          <Group>
            <KeyButton
              keyHint="F9"
              leftSection={<IconPlayerPlay size={24} />}
              onClick={screen.start}
              loading={screen.starting}
              testId="pick-start-button"
            >
              Start pick list
            </KeyButton>
            <CameraScanButton />
            <Text fz="lg" data-testid="pick-selected-count">
              {screen.selected.length} {screen.selected.length === 1 ? 'order' : 'orders'} ticked
            </Text>
          </Group>
        </Stack>
      </SectionCard>
    </Stack>
  );
}
