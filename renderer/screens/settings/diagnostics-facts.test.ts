import { describe, expect, it } from 'vitest';
import type { Diagnostics } from '../../../shared/contract';
import { databaseFacts, migrationLines, runtimeFacts, transportFacts } from './diagnostics-facts';

const diagnostics: Diagnostics = {
  database: {
    file: '/data/station.sqlite',
    sizeBytes: 98_304,
    sqliteVersion: '3.49.1',
    journalMode: 'wal',
    foreignKeys: true,
    integrity: 'ok',
    migrations: [{ id: 1, name: '0001_init.sql', appliedAt: '2025-03-12T14:02:07.000Z' }],
  },
  runtime: {
    node: '20.20.2',
    electron: null,
    chrome: null,
    platform: 'linux',
    arch: 'x64',
    pid: 4242,
    uptimeSeconds: 3725,
    rssBytes: 80 * 1024 * 1024,
  },
  transport: { kind: 'websocket', clients: 2 },
};

const valueOf = (facts: { label: string; value: unknown }[], label: string) =>
  facts.find((fact) => fact.label === label)?.value;

describe('diagnostics facts', () => {
  it('makes database numbers readable', () => {
    const facts = databaseFacts(diagnostics.database);
    expect(valueOf(facts, 'Size')).toBe('96 KB');
    expect(valueOf(facts, 'Foreign keys')).toBe('On');
  });

  it('lists migrations with their local apply time', () => {
    expect(
      migrationLines(diagnostics.database, { locale: 'en-GB', timeZone: 'Europe/Berlin' }),
    ).toEqual(['0001 0001_init.sql, applied 12 Mar 2025, 15:02:07']);
  });

  it('says plainly when the backend is not inside Electron', () => {
    const facts = runtimeFacts(diagnostics.runtime);
    expect(valueOf(facts, 'Electron')).toBe('Not running in Electron');
    expect(valueOf(facts, 'Uptime')).toBe('1 h 2 min');
    expect(valueOf(facts, 'Memory in use')).toBe('80 MB');
    expect(valueOf(facts, 'Platform')).toBe('linux (x64)');
  });

  it('names the transport', () => {
    expect(valueOf(transportFacts(diagnostics.transport), 'Kind')).toBe('WebSocket (browser)');
  });
});
