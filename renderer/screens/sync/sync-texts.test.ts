import { describe, expect, it } from 'vitest';
import type { OutboxEntry, ShapeSyncStatus } from '../../../shared/contract';
import {
  describeLastUpToDate,
  describeOutboxCounts,
  describeOutboxEntry,
  describeProblemPlace,
  describeShapeState,
  outboxEntryStage,
  shapeLabel,
} from './sync-texts';

const shape = (overrides: Partial<ShapeSyncStatus>): ShapeSyncStatus => ({
  shape: 'stock_levels',
  state: 'live',
  lastUpToDateAt: null,
  lastError: null,
  ...overrides,
});

const entry = (overrides: Partial<OutboxEntry>): OutboxEntry => ({
  id: '0190a6b0-0000-7000-8000-000000000001',
  seq: 1,
  kind: 'stock.adjust',
  description: '−2 SKU-1 in A-01-01 (Damaged)',
  personName: 'Ada Lovelace',
  createdAt: '2026-11-26T10:00:00.000Z',
  state: 'waiting',
  confirmed: false,
  attempts: 0,
  lastError: null,
  rejection: null,
  resolvedAt: null,
  ...overrides,
});

describe('shapes', () => {
  it('names each shape the way a clerk would', () => {
    expect(shapeLabel('bin_stock')).toBe('Stock by bin');
    expect(shapeLabel('people')).toBe('People who can sign in');
  });

  it('describes each state, with the reason for an error', () => {
    expect(describeShapeState(shape({ state: 'initial-sync' }))).toEqual({
      text: 'Initial sync in progress',
      tone: 'pending',
    });
    expect(describeShapeState(shape({ state: 'live' })).tone).toBe('ok');
    expect(describeShapeState(shape({ state: 'offline' })).text).toBe('Offline, retrying');
    expect(describeShapeState(shape({ state: 'error', lastError: 'token refused' })).text).toBe(
      'Error: token refused',
    );
  });

  it('says when a shape has never been up to date', () => {
    expect(describeLastUpToDate(null, (iso) => iso)).toBe('Never yet');
    expect(describeLastUpToDate('x', (iso) => `T(${iso})`)).toBe('T(x)');
  });
});

describe('outbox entries', () => {
  it('tells waiting, accepted, confirmed and rejected apart', () => {
    expect(describeOutboxEntry(entry({}))).toEqual({
      text: 'Waiting for head office',
      tone: 'pending',
    });
    expect(describeOutboxEntry(entry({ state: 'accepted' })).text).toBe('Accepted, confirming');
    expect(describeOutboxEntry(entry({ state: 'accepted', confirmed: true }))).toEqual({
      text: 'Confirmed',
      tone: 'ok',
    });
    expect(
      describeOutboxEntry(
        entry({
          state: 'rejected',
          rejection: { code: 'PERMISSION_DENIED', message: 'Packers cannot adjust stock' },
        }),
      ),
    ).toEqual({ text: 'Rejected: Packers cannot adjust stock', tone: 'problem' });
  });

  it('says how often a waiting change has been tried', () => {
    expect(
      describeOutboxEntry(entry({ attempts: 3, lastError: 'head office unreachable' })).text,
    ).toBe('Waiting for head office (tried 3 times)');
    expect(describeOutboxEntry(entry({ attempts: 1 })).text).toBe(
      'Waiting for head office (tried once)',
    );
  });

  it('names the stage in one word', () => {
    expect(outboxEntryStage({ state: 'waiting', confirmed: false })).toBe('waiting');
    expect(outboxEntryStage({ state: 'accepted', confirmed: false })).toBe('accepted');
    expect(outboxEntryStage({ state: 'accepted', confirmed: true })).toBe('confirmed');
    expect(outboxEntryStage({ state: 'rejected', confirmed: false })).toBe('rejected');
  });
});

describe('describeOutboxCounts', () => {
  it('says everything is uploaded only when nothing is left', () => {
    expect(describeOutboxCounts({ waiting: 0, rejected: 0, unconfirmed: 0 })).toEqual({
      text: 'Every change is uploaded and confirmed',
      tone: 'ok',
    });
  });

  it('lists what is left, a rejection being a problem', () => {
    expect(describeOutboxCounts({ waiting: 2, rejected: 0, unconfirmed: 1 })).toEqual({
      text: '2 waiting to upload, 1 accepted, being confirmed',
      tone: 'pending',
    });
    expect(describeOutboxCounts({ waiting: 0, rejected: 1, unconfirmed: 0 }).tone).toBe('problem');
  });
});

describe('describeProblemPlace', () => {
  it('says which part of syncing had the problem', () => {
    expect(describeProblemPlace('upload')).toBe('Sending changes');
  });
});
