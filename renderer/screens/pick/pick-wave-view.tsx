import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconArrowLeft, IconCircleMinus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { PickState } from '../../../shared/contract';
import { QueryView } from '../../components/query-view';
import { ScanFeedbackBanner } from '../../components/scan-feedback/scan-feedback-banner';
import { CameraScanButton } from '../../scanning/camera-scanner';
import { CurrentStop } from './current-stop';
import { useFloorKeys } from './floor-keys';
import { KeyButton } from './key-button';
import { OrderProgressList } from './order-progress-list';
import { describeProgress, describeWave, progressPercent } from './pick-texts';
import { RefusedList } from './refused-list';
import { ShortPickDialog } from './short-pick-dialog';
import { UpcomingStops } from './upcoming-stops';
import { usePickWave } from './use-pick-wave';

/** One pick list being walked: the banner, the stop, the keys, and how far along it is. */
export function PickWaveView({ waveId }: { waveId: string }) {
  const navigate = useNavigate();
  const pick = usePickWave(waveId);
  const state = pick.state.data;
  const canShort = !!state?.current && !state.done;
  const canUndo = !!state?.lastPick;
  const back = () => void navigate('/pick');
  useFloorKeys(
    {
      F2: () => canShort && pick.openShort(),
      F4: () => canUndo && pick.undo(),
      Escape: back,
    },
    !pick.shortOpen,
  );

  return (
    <Stack gap="lg" data-testid="pick-wave">
      <ScanFeedbackBanner feedback={pick.feedback} />
      <QueryView query={pick.state} what="the pick list">
        {(data) => (
          <Stack gap="lg">
            <WaveHeader state={data} />
            <CurrentStop state={data} />
            <Group gap="md" wrap="wrap">
              <KeyButton
                keyHint="F2"
                color="orange"
                leftSection={<IconCircleMinus size={24} />}
                onClick={pick.openShort}
                disabled={!canShort}
                testId="pick-short"
              >
                Short
              </KeyButton>
              <KeyButton
                keyHint="F4"
                variant="default"
                leftSection={<IconArrowBackUp size={24} />}
                onClick={pick.undo}
                disabled={!canUndo}
                testId="pick-undo"
              >
                Undo
              </KeyButton>
              <KeyButton
                keyHint="Esc"
                variant="subtle"
                leftSection={<IconArrowLeft size={24} />}
                onClick={back}
                testId="pick-back"
              >
                Pick lists
              </KeyButton>
              <CameraScanButton />
            </Group>
            {data.lastPick && (
              <Text c="dimmed" data-testid="pick-last">
                Last pick: {data.lastPick.text}
              </Text>
            )}
            <RefusedList refused={data.refused} />
            <UpcomingStops upcoming={data.upcoming} />
            <OrderProgressList orders={data.orders} />
            {data.current && (
              <ShortPickDialog
                opened={pick.shortOpen}
                task={data.current}
                onClose={pick.closeShort}
                onShort={pick.short}
                saving={pick.busy}
              />
            )}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

function WaveHeader({ state }: { state: PickState }) {
  const progress = state.progress;
  return (
    <Stack gap="xs" data-testid="pick-progress">
      <Group justify="space-between" wrap="wrap">
        <Text fz="xl" fw={700} data-testid="pick-wave-number">
          {describeWave({ ...state.wave, orders: state.orders.length })}
        </Text>
        {state.wave.pending && (
          <Badge color="gray" size="lg" variant="light">
            Waiting for head office
          </Badge>
        )}
      </Group>
      <Progress
        value={progressPercent(progress)}
        size="xl"
        radius="md"
        aria-label="Pick progress"
      />
      <Text fz="lg" role="status" data-testid="pick-progress-text">
        {describeProgress(progress)}
      </Text>
    </Stack>
  );
}
