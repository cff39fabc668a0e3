import type { ConnectionState } from '../../../shared/contract';
import type { StatusText } from './status-tone';

/** `withReason: false` is for the status bar, where the reason goes into the hover text. */
export function describeHeadOffice(
  connection: ConnectionState,
  formatTime: (iso: string) => string,
  { withReason = true }: { withReason?: boolean } = {},
): StatusText {
  switch (connection.state) {
    case 'not-configured':
      return { text: 'Head office: not configured', tone: 'neutral' };
    case 'online':
      return { text: `Head office: online since ${formatTime(connection.since)}`, tone: 'ok' };
    case 'offline':
      return {
        text: `Head office: offline since ${formatTime(connection.since)}${withReason ? ` (${connection.reason})` : ''}`,
        tone: 'problem',
      };
  }
}
