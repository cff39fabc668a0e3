import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ScanEvent } from '../../../shared/scanning/scan-event';
import { stationQueryKey } from '../../api/react/query-keys';
import { useStationClient } from '../../api/react/station-context';
import type { ScanFeedbackControls } from '../pick/use-scan-feedback';
import type { PackChoice } from './pack-types';

/**
 * Opening an order at the bench from a scan: one order opens at once; a batch cart's tote
 * answers with its orders to choose from.
 */
export function useOpenAtBench(feedback: ScanFeedbackControls) {
  const client = useStationClient();
  const cache = useQueryClient();
  const navigate = useNavigate();
  const [choices, setChoices] = useState<readonly PackChoice[]>([]);

  const openScan = async (scan: ScanEvent): Promise<void> => {
    try {
      const answer = await client.call('pack.open', { scan });
      feedback.show(answer.feedback);
      if (answer.state) {
        cache.setQueryData(
          stationQueryKey('pack.state', { fulfilmentId: answer.state.fulfilment.id }),
          answer.state,
        );
        setChoices([]);
        void navigate(`/pack/${answer.state.fulfilment.id}`);
      } else if (answer.choices.length > 0) {
        setChoices(answer.choices);
      }
    } catch (error) {
      feedback.showError(error, 'Nothing opened');
    }
  };

  return {
    choices,
    openScan,
    choose: (fulfilmentId: string) => void navigate(`/pack/${fulfilmentId}`),
  };
}
