import type { ConnectionState } from '../../../shared/contract';
import type { StatusText } from './status-tone';

export function describeHeadOffice(
  connection: ConnectionState,
  formatTime: (iso: string) => string,
): StatusText {
  switch (connection.state) {
    case 'not-configured':
      return { text: 'Head office: not configured', tone: 'neutral' };
    case 'online':
      return { text: `Head office: online since ${formatTime(connection.since)}`, tone: 'ok' };
    case 'offline':
      return {
        text: `Head office: offline since ${formatTime(connection.since)} (${connection.reason})`,
        tone: 'problem',
      };
  }
}
