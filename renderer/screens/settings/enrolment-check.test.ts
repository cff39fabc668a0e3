import { describe, expect, it } from 'vitest';
import { checkEnrolment, enrolmentFacts, formatEnrolmentCode } from './enrolment-check';

describe('formatEnrolmentCode', () => {
  it('capitalises and groups the code as it is typed', () => {
    expect(formatEnrolmentCode('abcd')).toBe('ABCD');
    expect(formatEnrolmentCode('abcde')).toBe('ABCD-E');
    expect(formatEnrolmentCode('abcdefgh jklm')).toBe('ABCD-EFGH-JKLM');
    expect(formatEnrolmentCode('ABCD-EFGH-JKLM-XXXX')).toBe('ABCD-EFGH-JKLM');
  });

  it('drops characters a code never has (I, O, 0, 1)', () => {
    expect(formatEnrolmentCode('I0O1abcd')).toBe('ABCD');
  });
});

describe('checkEnrolment', () => {
  it('accepts an address and a code, and drops a trailing slash', () => {
    expect(checkEnrolment(' http://10.0.0.5:5180/ ', 'ABCD-EFGH-JKLM')).toEqual({
      ok: true,
      input: { headOfficeUrl: 'http://10.0.0.5:5180', code: 'ABCD-EFGH-JKLM' },
    });
  });

  it('explains each field that is wrong', () => {
    expect(checkEnrolment('10.0.0.5', 'ABCD')).toEqual({
      ok: false,
      urlError: 'Give the head office address, e.g. http://10.0.0.5:5180',
      codeError: 'An enrolment code looks like ABCD-EFGH-JKLM',
    });
    expect(checkEnrolment('http://ho:5180', '')).toMatchObject({ urlError: null });
  });
});

describe('enrolmentFacts', () => {
  it('names the head office, the warehouse and when', () => {
    const facts = enrolmentFacts(
      {
        enrolled: true,
        headOfficeUrl: 'http://ho:5180',
        warehouseId: '0190a6b0-0000-7000-8000-000000000001',
        warehouseCode: 'NORTH',
        warehouseName: 'North DC',
        enrolledAt: '2025-03-12T14:02:07.000Z',
      },
      { locale: 'en-GB', timeZone: 'Europe/Berlin' },
    );
    expect(facts).toEqual([
      { label: 'Head office', value: 'http://ho:5180' },
      { label: 'Warehouse', value: 'North DC (NORTH)' },
      { label: 'Enrolled at', value: '12 Mar 2025, 15:02:07' },
    ]);
  });
});
