import type { PickState, PickTask } from '../../../shared/contract';

/** Small, valid pick states for the text tests. */
export function pickTask(overrides: Partial<PickTask> = {}): PickTask {
  return {
    key: 'task-1',
    fulfilmentId: '0190a6b0-0000-7000-8000-000000000001',
    fulfilmentNumber: 'F-1001',
    orderNumber: 'SO-1001',
    fulfilmentLineId: '0190a6b0-0000-7000-8000-000000000002',
    product: {
      id: '0190a6b0-0000-7000-8000-000000000003',
      sku: 'MUG-RED',
      name: 'Red mug',
      gtin: '09506000134352',
      requiresLot: false,
      requiresSerial: false,
    },
    bin: { id: '0190a6b0-0000-7000-8000-000000000004', code: 'A-01-03', pickSequence: 10 },
    tote: 'TOTE-07',
    quantity: 3,
    lines: [
      {
        fulfilmentLineId: '0190a6b0-0000-7000-8000-000000000002',
        fulfilmentId: '0190a6b0-0000-7000-8000-000000000001',
        fulfilmentNumber: 'F-1001',
        orderNumber: 'SO-1001',
        quantity: 3,
      },
    ],
    ...overrides,
  };
}

export function pickState(overrides: Partial<PickState> = {}): PickState {
  return {
    wave: {
      id: '0190a6b0-0000-7000-8000-000000000010',
      number: 'W-AB12-17',
      kind: 'batch',
      createdAt: '2026-11-26T10:00:00.000Z',
      pending: false,
    },
    orders: [],
    current: pickTask(),
    upcoming: [],
    expecting: 'bin',
    captured: { lot: null, expiry: null },
    progress: { unitsNeeded: 20, unitsPicked: 12, unitsShort: 0 },
    lastPick: null,
    refused: [],
    done: false,
    ...overrides,
  };
}
