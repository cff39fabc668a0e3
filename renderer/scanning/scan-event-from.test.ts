import { BarcodeFormat } from '@zxing/library';
import { describe, expect, it } from 'vitest';
import { GROUP_SEPARATOR } from './scanner-profile';
import { scanEventFromCamera, scanEventFromWedge } from './scan-event-from';

const at = new Date('2026-11-26T10:00:00.000Z');

describe('scanEventFromWedge', () => {
  it('makes a wedge scan event with the time on the wall clock', () => {
    const scan = scanEventFromWedge(
      { raw: ']C1011234', data: ']C1011234', aim: ']C1', content: '011234', at: 250 },
      (timeStamp) => at.getTime() + timeStamp,
    );
    expect(scan).toEqual({
      content: '011234',
      aim: ']C1',
      source: 'wedge',
      device: '',
      at: '2026-11-26T10:00:00.250Z',
    });
  });

  it('drops a read that holds only an AIM identifier or is far too long', () => {
    const clock = () => at.getTime();
    const empty = { raw: ']C1', data: ']C1', aim: ']C1', content: '', at: 0 };
    expect(scanEventFromWedge(empty, clock)).toBeNull();
    const long = 'A'.repeat(600);
    expect(
      scanEventFromWedge({ raw: long, data: long, aim: null, content: long, at: 0 }, clock),
    ).toBeNull();
  });
});

describe('scanEventFromCamera', () => {
  it('reads the ]C1 zxing puts before a GS1-128 code', () => {
    const text = `]C10109501101020917${GROUP_SEPARATOR}10LOT1`;
    expect(scanEventFromCamera(text, BarcodeFormat.CODE_128, at)).toEqual({
      content: `0109501101020917${GROUP_SEPARATOR}10LOT1`,
      aim: ']C1',
      source: 'camera',
      device: 'camera',
      at: '2026-11-26T10:00:00.000Z',
    });
  });

  it('turns the leading GS of a GS1 DataMatrix into its ]d2 identifier', () => {
    const scan = scanEventFromCamera(
      `${GROUP_SEPARATOR}0109501101020917`,
      BarcodeFormat.DATA_MATRIX,
      at,
    );
    expect(scan?.aim).toBe(']d2');
    expect(scan?.content).toBe('0109501101020917');
  });

  it('keeps plain codes as they are', () => {
    const scan = scanEventFromCamera('4006381333931', BarcodeFormat.EAN_13, at);
    expect(scan?.aim).toBeNull();
    expect(scan?.content).toBe('4006381333931');
  });
});
