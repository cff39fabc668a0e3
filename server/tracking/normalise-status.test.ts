import { describe, expect, it } from 'vitest';
import { CARRIER_STATUSES, carrierStatusOf, normaliseCarrierStatus } from './normalise-status';

describe('normaliseCarrierStatus', () => {
  it('maps every carrier status to where the parcel is', () => {
    const table = Object.fromEntries(CARRIER_STATUSES.map((s) => [s, normaliseCarrierStatus(s)]));
    expect(table).toEqual({
      pre_transit: 'label_created',
      in_transit: 'in_transit',
      out_for_delivery: 'out_for_delivery',
      delivered: 'delivered',
      available_for_pickup: 'out_for_delivery',
      return_to_sender: 'returned_to_sender',
      failure: 'exception',
      cancelled: 'exception',
      error: null,
      unknown: null,
    });
  });

  it('reads case and spaces loosely and a status it does not know as unknown', () => {
    expect(normaliseCarrierStatus(' Delivered ')).toBe('delivered');
    expect(carrierStatusOf('held_at_customs')).toBe('unknown');
    expect(normaliseCarrierStatus('held_at_customs')).toBeNull();
    expect(normaliseCarrierStatus('')).toBeNull();
  });
});
