import type { Diagnostics } from '../../../shared/contract';
import type { Fact } from '../../components/fact-table';
import { formatBytes } from '../../format/format-bytes';
import { formatDuration } from '../../format/format-duration';
import { formatLocalDateTime } from '../../format/format-local-time';
import type { TimeDisplay } from '../../format/format-local-time';

const TRANSPORT_NAMES: Record<Diagnostics['transport']['kind'], string> = {
  ipc: 'Electron IPC (desktop app)',
  websocket: 'WebSocket (browser)',
  'in-process': 'In process',
};

export function databaseFacts(database: Diagnostics['database']): Fact[] {
  return [
    { label: 'File', value: database.file },
    { label: 'Size', value: formatBytes(database.sizeBytes) },
    { label: 'SQLite version', value: database.sqliteVersion },
    { label: 'Journal mode', value: database.journalMode },
    { label: 'Foreign keys', value: database.foreignKeys ? 'On' : 'Off' },
    { label: 'Integrity', value: database.integrity },
  ];
}

export function migrationLines(database: Diagnostics['database'], display?: TimeDisplay): string[] {
  return database.migrations.map(
    (m) =>
      `${String(m.id).padStart(4, '0')} ${m.name}, applied ${formatLocalDateTime(m.appliedAt, display)}`,
  );
}

export function runtimeFacts(runtime: Diagnostics['runtime']): Fact[] {
  return [
    { label: 'Node', value: runtime.node },
    { label: 'Electron', value: runtime.electron ?? 'Not running in Electron' },
    { label: 'Chrome', value: runtime.chrome ?? 'Not running in Electron' },
    { label: 'Platform', value: `${runtime.platform} (${runtime.arch})` },
    { label: 'Process id', value: String(runtime.pid) },
    { label: 'Uptime', value: formatDuration(runtime.uptimeSeconds) },
    { label: 'Memory in use', value: formatBytes(runtime.rssBytes) },
  ];
}

export function transportFacts(transport: Diagnostics['transport']): Fact[] {
  return [
    { label: 'Kind', value: TRANSPORT_NAMES[transport.kind] },
    { label: 'Connected windows', value: String(transport.clients) },
  ];
}
