import { useCallback, useState } from 'react';
import type { ScanFeedback } from '../../../shared/scanning/scan-event';
import { playFeedbackSound } from '../../components/scan-feedback/feedback-sound';
import { feedbackForError } from './pick-texts';

/**
 * The last answer the floor got, shown in the banner and heard: every answer plays its sound,
 * and a failed call is a wrong answer in the station's words.
 */
export function useScanFeedback() {
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const show = useCallback((next: ScanFeedback) => {
    setFeedback(next);
    playFeedbackSound(next.verdict);
  }, []);
  const showError = useCallback(
    (error: unknown, title?: string) => show(feedbackForError(error, title)),
    [show],
  );
  return { feedback, show, showError, clear: () => setFeedback(null) };
}

export type ScanFeedbackControls = ReturnType<typeof useScanFeedback>;
