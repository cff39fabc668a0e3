import { useEffect, useRef } from 'react';
import type { TopicName, TopicPayload } from '../../../shared/contract';
import { useStationClient } from './station-context';

/**
 * Listens to a push topic for as long as the component is mounted. The latest listener is
 * called, so an inline arrow does not resubscribe on every render.
 */
export function useTopic<T extends TopicName>(
  topic: T,
  listener: (payload: TopicPayload<T>) => void,
): void {
  const client = useStationClient();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => client.on(topic, (payload) => latest.current(payload)), [client, topic]);
}
