import { Paper, Text, Title } from '@mantine/core';
import type { ScanFeedback, ScanVerdict } from '../../../shared/scanning/scan-event';

/** Colours a picker reads from across the aisle: green right, red wrong, blue done, grey info. */
const VERDICT_COLOUR: Readonly<Record<ScanVerdict, string>> = {
  right: 'green.8',
  wrong: 'red.8',
  done: 'blue.8',
  info: 'gray.7',
};

/**
 * The outcome of the last scan as a large colour block. It changes in the same render as the
 * feedback, with no transition, so the colour is on screen within one frame of the scan.
 */
export function ScanFeedbackBanner({ feedback }: { feedback: ScanFeedback | null }) {
  if (feedback === null) return null;
  return (
    <Paper
      data-testid="scan-feedback"
      data-verdict={feedback.verdict}
      role={feedback.verdict === 'wrong' ? 'alert' : 'status'}
      bg={VERDICT_COLOUR[feedback.verdict]}
      c="white"
      p="xl"
      radius="md"
      style={{ transition: 'none' }}
    >
      <Title order={2} fz={40} lh={1.15} c="white">
        {feedback.title}
      </Title>
      {feedback.detail !== '' && (
        <Text fz="xl" mt="sm" c="white">
          {feedback.detail}
        </Text>
      )}
    </Paper>
  );
}
