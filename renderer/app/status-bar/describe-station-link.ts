import type { LinkState, TransportKind } from '../../api/transport';
import type { StatusText } from './status-tone';

export function describeStationLink(kind: TransportKind, state: LinkState): StatusText {
  // Over IPC the backend lives inside the app itself: if this page runs, the backend does.
  if (kind === 'ipc' || state === 'open') return { text: 'Station backend: connected', tone: 'ok' };
  if (state === 'connecting') return { text: 'Station backend: connecting…', tone: 'pending' };
  return { text: 'Station backend unreachable, reconnecting…', tone: 'problem' };
}
