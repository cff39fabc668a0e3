import { useSyncExternalStore } from 'react';
import type { LinkState, TransportKind } from '../transport';
import { useStationClient } from './station-context';

export function useLinkState(): { kind: TransportKind; state: LinkState } {
  const client = useStationClient();
  const state = useSyncExternalStore(client.onLinkState, client.linkState);
  return { kind: client.transportKind, state };
}
