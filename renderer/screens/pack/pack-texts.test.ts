import { describe, expect, it } from 'vitest';
import type { PackLine } from '../../../shared/contract';
import {
  checkWeight,
  closeBlocked,
  describePackProgress,
  describeParcelStatus,
  formatWeight,
  lineStatus,
  packPercent,
  pdfBlobFromBase64,
  unitsToVerify,
} from './pack-texts';

function line(overrides: Partial<PackLine> = {}): PackLine {
  return {
    fulfilmentLineId: '0190a6b0-0000-7000-8000-000000000002',
    product: {
      id: '0190a6b0-0000-7000-8000-000000000003',
      sku: 'MUG-RED',
      name: 'Red mug',
      gtin: null,
      requiresLot: false,
      requiresSerial: false,
    },
    ordered: 4,
    picked: 4,
    short: 0,
    packed: 1,
    inParcel: 1,
    ...overrides,
  };
}

const openParcel = {
  number: 'P-AB12-3',
  units: 2,
  estimatedWeightGrams: 900,
  suggestedBox: null,
  boxProblem: null,
};

describe('formatWeight', () => {
  it('shows grams under a kilo and kilos above, without trailing zeros', () => {
    expect(formatWeight(850)).toBe('850 g');
    expect(formatWeight(1000)).toBe('1 kg');
    expect(formatWeight(1250)).toBe('1.25 kg');
    expect(formatWeight(1500)).toBe('1.5 kg');
    expect(formatWeight(20000)).toBe('20 kg');
  });
});

describe('checkWeight', () => {
  it('takes whole grams, with or without the unit', () => {
    expect(checkWeight('1250')).toEqual({ ok: true, grams: 1250 });
    expect(checkWeight(' 900 g ')).toEqual({ ok: true, grams: 900 });
  });

  it('refuses nothing, decimals, zero and more than a carrier takes', () => {
    expect(checkWeight('').ok).toBe(false);
    expect(checkWeight('1.2').ok).toBe(false);
    expect(checkWeight('0')).toEqual({ ok: false, message: 'A parcel weighs at least 1 g' });
    expect(checkWeight('70001')).toEqual({
      ok: false,
      message: 'A parcel weighs at most 70,000 g (70 kg)',
    });
  });
});

describe('lines', () => {
  it('counts what is still to scan from what was picked', () => {
    expect(unitsToVerify(line())).toBe(2);
    expect(unitsToVerify(line({ packed: 3, inParcel: 2 }))).toBe(0);
  });

  it('marks a line done, to verify, or short', () => {
    expect(lineStatus(line())).toBe('to-verify');
    expect(lineStatus(line({ packed: 2, inParcel: 2 }))).toBe('done');
    expect(lineStatus(line({ picked: 3, short: 1, packed: 3, inParcel: 0 }))).toBe('short');
  });

  it('sums verified units over picked ones', () => {
    const lines = [line(), line({ picked: 2, packed: 0, inParcel: 0 })];
    expect(describePackProgress(lines)).toBe('2 of 6 picked units verified');
    expect(packPercent(lines)).toBe(33);
    expect(packPercent([])).toBe(0);
  });
});

describe('closeBlocked', () => {
  it('allows closing a parcel with units in it', () => {
    expect(closeBlocked({ openParcel, complete: false })).toBeNull();
  });

  it('says why an empty parcel or a packed order cannot be closed', () => {
    expect(closeBlocked({ openParcel: { ...openParcel, units: 0 }, complete: false })).toBe(
      'Scan the items into this parcel first.',
    );
    expect(closeBlocked({ openParcel, complete: true })).toBe('Every picked unit is packed.');
  });
});

describe('describeParcelStatus', () => {
  const parcel = {
    id: '0190a6b0-0000-7000-8000-000000000009',
    number: 'P-AB12-1',
    boxCode: 'B2',
    weightGrams: 900,
    units: 2,
    pending: false,
    rejected: null,
  };

  it('says nothing of a confirmed parcel', () => {
    expect(describeParcelStatus(parcel)).toBeNull();
  });

  it('marks pending and refused parcels, the refusal with its reason', () => {
    expect(describeParcelStatus({ ...parcel, pending: true })).toBe('Waiting for head office');
    expect(describeParcelStatus({ ...parcel, rejected: 'Only 1 unit is picked' })).toBe(
      'Refused by head office: Only 1 unit is picked',
    );
  });
});

describe('pdfBlobFromBase64', () => {
  it('turns the slip back into the PDF bytes', async () => {
    const pdf = '%PDF-1.4\n%\u00e2\u00e3';
    const blob = pdfBlobFromBase64(btoa(pdf));
    expect(blob.type).toBe('application/pdf');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(Array.from(bytes)).toEqual(Array.from(pdf, (c) => c.charCodeAt(0)));
  });
});
