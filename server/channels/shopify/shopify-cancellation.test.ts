import { describe, expect, it } from 'vitest';
import { catchChannelError, issuePaths, readJsonFixture } from '../testing/catch-channel-error';
import { withValue, without } from '../testing/edit-json';
import { mapShopifyCancellation } from './shopify-cancellation';

const cancelled = readJsonFixture(new URL('./fixtures/orders-cancelled.json', import.meta.url));

describe('mapShopifyCancellation', () => {
  it('reads the orders/cancelled fixture', () => {
    expect(mapShopifyCancellation(cancelled)).toEqual({
      externalId: '450789469',
      cancelledAt: '2024-05-14T17:22:05.000Z',
      reason: 'customer',
    });
  });

  it('says "other" when Shopify gives no reason', () => {
    expect(mapShopifyCancellation(withValue(cancelled, 'cancel_reason', null)).reason).toBe(
      'other',
    );
  });

  it('uses the exact id for 64-bit ids', () => {
    // As JSON.parse delivers it: the literal is rounded to the nearest double.
    const body: unknown = JSON.parse(
      '{"id":820982911946154508,"admin_graphql_api_id":"gid://shopify/Order/820982911946154508",' +
        '"cancelled_at":"2024-05-14T13:22:05-04:00","cancel_reason":"fraud"}',
    );
    expect(mapShopifyCancellation(body).externalId).toBe('820982911946154508');
    const error = catchChannelError(() =>
      mapShopifyCancellation(without(body, 'admin_graphql_api_id')),
    );
    expect(error.code).toBe('MAPPING_FAILED');
  });

  it('refuses a body without a cancellation time or id', () => {
    const noTime = catchChannelError(() =>
      mapShopifyCancellation(withValue(cancelled, 'cancelled_at', null)),
    );
    expect(noTime.code).toBe('PAYLOAD_INVALID');
    expect(issuePaths(noTime)).toEqual(['cancelled_at']);
    expect(
      issuePaths(catchChannelError(() => mapShopifyCancellation(without(cancelled, 'id')))),
    ).toEqual(['id']);
    expect(
      issuePaths(
        catchChannelError(() =>
          mapShopifyCancellation(withValue(cancelled, 'cancelled_at', 'soon')),
        ),
      ),
    ).toEqual(['cancelled_at']);
  });
});
