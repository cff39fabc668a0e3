import { describe, expect, it } from 'vitest';
import type { OrderCaptureInput } from '../../shared/api/order-capture';
import { finishCapture, toSourcePath } from './finish-capture';
import { catchChannelError as thrown } from './testing/catch-channel-error';

const valid: OrderCaptureInput = {
  externalId: 'A-1',
  placedAt: '2024-03-01T13:00:00.000Z',
  currency: 'USD',
  customer: { email: 'a@example.com', name: 'A' },
  shipTo: { country: 'us' },
  lines: [{ sku: 'SKU-1', quantity: 2, unitPriceMinor: 500 }],
  shippingMinor: 100,
  totalMinor: 1100,
  payment: { status: 'paid' },
};

const paths = { totalMinor: 'total_price', 'lines.*.sku': 'line_items.*.sku' };

describe('toSourcePath', () => {
  it('translates capture paths, keeping the indexes', () => {
    expect(toSourcePath('lines.3.sku', paths)).toBe('line_items.3.sku');
    expect(toSourcePath('totalMinor', paths)).toBe('total_price');
    expect(toSourcePath('shipTo.country', paths)).toBe('shipTo.country');
  });
});

describe('finishCapture', () => {
  it('returns the schema output (defaults applied, country upper-cased)', () => {
    const capture = finishCapture('Test', valid, [], paths);
    expect(capture.shipTo).toEqual({ name: '', line1: '', city: '', postcode: '', country: 'US' });
    expect(capture.serviceLevel).toBe('standard');
  });

  it('refuses with the mapper issues before looking at the schema', () => {
    const error = thrown(() =>
      finishCapture('Test', valid, [{ path: 'x', message: 'bad' }], paths),
    );
    expect(error.code).toBe('MAPPING_FAILED');
    expect(error.issues).toEqual([{ path: 'x', message: 'bad' }]);
    expect(error.message).toBe('The Test order could not be turned into a Wharf order: x: bad');
  });

  it('names the channel field when the schema refuses, with the totals hint', () => {
    const error = thrown(() =>
      finishCapture(
        'Test',
        { ...valid, totalMinor: 1, lines: [{ sku: ' ', quantity: 1, unitPriceMinor: 1 }] },
        [],
        paths,
        ' (hint)',
      ),
    );
    expect(error.issues.map((issue) => issue.path).sort()).toEqual([
      'line_items.0.sku',
      'total_price',
    ]);
    expect(error.issues.find((issue) => issue.path === 'total_price')?.message).toMatch(
      /does not add up.*\(hint\)$/,
    );
    expect(error.name).toBe('ChannelError');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'MAPPING_FAILED',
      message: error.message,
      issues: error.issues,
    });
  });
});
