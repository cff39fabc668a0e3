import { describe, expect, it } from 'vitest';
import { methods, WharfError } from '../../../shared/contract';
import { silentLogger } from '../logger';
import { createDispatcher } from './dispatcher';
import { registerHandlers } from './handler-map';
import type { HandlerMap } from './handler-map';

const settings = { stationName: 'A', theme: 'auto' as const, updatedAt: null };

/** Every declared method, answering "not used", so a test names only the handlers it needs. */
function handlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  const notUsed = () => Promise.reject(new Error('not used'));
  const base = Object.fromEntries(
    Object.keys(methods).map((name) => [name, notUsed]),
  ) as unknown as HandlerMap;
  return {
    ...base,
    'settings.get': () => settings,
    'settings.update': () => settings,
    'activity.recent': () => [],
    ...overrides,
  };
}

describe('dispatcher', () => {
  it('hides unexpected errors behind INTERNAL with no stack', async () => {
    const invoke = createDispatcher(
      handlers({ 'settings.get': () => Promise.reject(new Error('disk on fire at foo.ts:12')) }),
      silentLogger,
    );
    const result = await invoke('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
  });

  it('passes typed errors through with their code', async () => {
    const invoke = createDispatcher(
      handlers({
        'settings.get': () => {
          throw new WharfError('NOT_FOUND', 'No such setting');
        },
      }),
      silentLogger,
    );
    expect(await invoke('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such setting' },
    });
  });

  it('refuses to pass on an answer that breaks the contract', async () => {
    const broken = { stationName: 7 } as unknown as typeof settings;
    const invoke = createDispatcher(handlers({ 'settings.get': () => broken }), silentLogger);
    expect(await invoke('settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('applies input defaults before the handler sees the input', async () => {
    let seen: unknown;
    const invoke = createDispatcher(
      handlers({
        'activity.recent': (input) => {
          seen = input;
          return [];
        },
      }),
      silentLogger,
    );
    await invoke('activity.recent', undefined);
    expect(seen).toEqual({ limit: 50 });
  });
});

describe('registerHandlers', () => {
  const all = handlers();
  const { 'settings.get': get, ...rest } = all;

  it('accepts a complete set split across domains', () => {
    expect(Object.keys(registerHandlers(rest, { 'settings.get': get })).sort()).toEqual(
      Object.keys(all).sort(),
    );
  });

  it('fails at start on a missing, duplicated or undeclared handler', () => {
    expect(() => registerHandlers(rest)).toThrowError(/No handler registered for: settings.get/);
    expect(() => registerHandlers(all, { 'settings.get': get })).toThrowError(
      /Two handlers registered for "settings.get"/,
    );
    const extra = { 'orders.delete': () => null } as unknown as Partial<HandlerMap>;
    expect(() => registerHandlers(all, extra)).toThrowError(/does not declare/);
  });
});
