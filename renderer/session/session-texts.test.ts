import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/contract';
import {
  checkBadge,
  checkPin,
  describePerson,
  describeSessionStatus,
  roleRefusal,
} from './session-texts';

const ada: Session = {
  personId: '0190a6b0-0000-7000-8000-000000000001',
  name: 'Ada Lovelace',
  role: 'picker',
  signedInAt: '2026-11-26T10:00:00.000Z',
  method: 'badge',
};

describe('describePerson', () => {
  it('gives the name and the role as the floor calls it', () => {
    expect(describePerson(ada)).toBe('Ada Lovelace · Picker');
    expect(describePerson({ name: 'Bo', role: 'shipping' })).toBe('Bo · Shipping clerk');
  });
});

describe('describeSessionStatus', () => {
  it('names the signed-in person and role', () => {
    expect(describeSessionStatus(ada, true)).toEqual({
      text: 'Signed in: Ada Lovelace · Picker',
      tone: 'ok',
    });
  });

  it('says nobody is signed in only once people can sign in here', () => {
    expect(describeSessionStatus(null, true)?.text).toBe('Nobody is signed in');
    expect(describeSessionStatus(null, false)).toBeNull();
  });
});

describe('checkBadge', () => {
  it('trims what the scanner sent', () => {
    expect(checkBadge('  BADGE-0042 ')).toEqual({ ok: true, value: 'BADGE-0042' });
  });

  it('explains a scan too short to be a badge', () => {
    expect(checkBadge('ab')).toEqual({
      ok: false,
      message: 'A badge code has at least 4 characters',
    });
  });
});

describe('checkPin', () => {
  it('accepts 4 to 8 digits and explains anything else', () => {
    expect(checkPin('1234')).toEqual({ ok: true, value: '1234' });
    expect(checkPin('12a4')).toEqual({ ok: false, message: 'A PIN is 4 to 8 digits' });
    expect(checkPin('123456789').ok).toBe(false);
  });
});

describe('roleRefusal', () => {
  it('lets an allowed role through and tells anyone else who may', () => {
    expect(
      roleRefusal({ name: 'Ada', role: 'picker' }, ['admin', 'manager', 'picker'], 'a stock count'),
    ).toBeNull();
    expect(
      roleRefusal({ name: 'Sam', role: 'packer' }, ['admin', 'manager', 'picker'], 'a stock count'),
    ).toBe(
      'Sam is signed in as packer; a stock count needs an administrator, manager or picker. Sign out and let someone who may do it sign in.',
    );
  });
});
