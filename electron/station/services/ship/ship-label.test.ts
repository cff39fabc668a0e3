import { describe, expect, it } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import type { LabelFacts } from './ship-label';
import { buildLabelZpl, labelShipTo, readShipTo } from './ship-label';

const facts = (over: Partial<LabelFacts> = {}): LabelFacts => ({
  shipFrom: {
    name: 'Wharf East',
    lines: ['10 Dock Rd'],
    postcode: '07102',
    city: 'Newark',
    country: 'US',
  },
  shipTo: labelShipTo(
    readShipTo(
      JSON.stringify({
        name: 'Ada ^XA Buyer',
        line1: '1 Main St',
        city: 'Springfield',
        postcode: '62701',
        country: 'us',
      }),
    ),
  ),
  carrierName: 'Roadrunner',
  serviceName: 'Standard',
  trackingNumber: 'RR00011',
  symbology: 'code128',
  sscc: '350123450000000016',
  index: 1,
  count: 2,
  weightGrams: 900,
  reference: 'WEB-1',
  date: '2026-11-26',
  ...over,
});

describe('the station label', () => {
  it("is drawn for the label printer's own resolution", () => {
    expect(buildLabelZpl(facts(), 203).zpl).toContain('^PW812');
    expect(buildLabelZpl(facts(), 300).zpl).toContain('^PW1200');
  });

  it('reads a captured address leniently and never lets its text become ZPL', () => {
    const { label, zpl } = buildLabelZpl(facts(), 203);
    expect(label.shipTo).toMatchObject({
      name: 'Ada ^XA Buyer',
      country: 'US',
      city: 'Springfield',
    });
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
    expect(labelShipTo(readShipTo('{}'))).toMatchObject({
      name: 'Customer',
      lines: ['(no street given)'],
    });
  });

  it('refuses a label it cannot make with what is wrong, as a station error', () => {
    const error = (() => {
      try {
        buildLabelZpl(facts({ sscc: '350123450000000013', index: 3 }), 203);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).message).toMatch(/sscc.*check digit/i);
    expect((error as WharfError).message).toMatch(/parcel/);
  });
});
