import { describe, expect, it } from 'vitest';
import { describeHeadOffice } from './describe-head-office';
import {
  describePendingUploads,
  describePrinter,
  pendingUploadsToShow,
} from './describe-floor-status';
import { describeStationLink } from './describe-station-link';

const time = (iso: string) => `T(${iso})`;

describe('describeHeadOffice', () => {
  it('says when no head office is configured rather than claiming online or offline', () => {
    expect(describeHeadOffice({ state: 'not-configured' }, time)).toEqual({
      text: 'Head office: not configured',
      tone: 'neutral',
    });
  });

  it('says since when it has been online', () => {
    expect(describeHeadOffice({ state: 'online', since: 'x' }, time).text).toBe(
      'Head office: online since T(x)',
    );
  });

  it('says since when and why it is offline', () => {
    const offline = { state: 'offline', since: 'x', reason: 'no route to host' } as const;
    expect(describeHeadOffice(offline, time)).toEqual({
      text: 'Head office: offline since T(x) (no route to host)',
      tone: 'problem',
    });
    expect(describeHeadOffice(offline, time, { withReason: false }).text).toBe(
      'Head office: offline since T(x)',
    );
  });
});

describe('describeStationLink', () => {
  it('is always connected over IPC', () => {
    expect(describeStationLink('ipc', 'closed').tone).toBe('ok');
  });

  it('tells a clerk the WebSocket backend is unreachable and being retried', () => {
    expect(describeStationLink('websocket', 'open').text).toBe('Station backend: connected');
    expect(describeStationLink('websocket', 'connecting').tone).toBe('pending');
    expect(describeStationLink('websocket', 'closed').text).toBe(
      'Station backend unreachable, reconnecting…',
    );
  });
});

describe('floor status', () => {
  it('counts changes waiting to upload', () => {
    expect(describePendingUploads(0).text).toBe('All changes uploaded');
    expect(describePendingUploads(1).text).toBe('1 change waiting to upload');
    expect(describePendingUploads(7).text).toBe('7 changes waiting to upload');
  });

  it('names the printer, its state and any detail', () => {
    expect(describePrinter({ name: 'Zebra 1', state: 'error', detail: 'out of labels' })).toEqual({
      text: 'Printer Zebra 1: needs attention (out of labels)',
      tone: 'problem',
    });
    expect(describePrinter({ name: 'Desk', state: 'ready' }).text).toBe('Printer Desk: ready');
  });
});

describe('pendingUploadsToShow', () => {
  const status = {
    stationName: 'Pack 1',
    signedInPerson: null,
    printers: null,
  } as const;
  const since = '2026-11-26T10:00:00.000Z';

  it('claims nothing about uploads before there is a head office to upload to', () => {
    const alone = {
      ...status,
      connection: { state: 'not-configured' },
      pendingUploads: 0,
    } as const;
    expect(pendingUploadsToShow(alone)).toBeNull();
    expect(pendingUploadsToShow({ ...alone, pendingUploads: 2 })).toBe(2);
    expect(pendingUploadsToShow({ ...alone, pendingUploads: null })).toBeNull();
  });

  it('shows the count, zero included, once there is a head office', () => {
    const linked = {
      ...status,
      connection: { state: 'online', since },
      pendingUploads: 0,
    } as const;
    expect(pendingUploadsToShow(linked)).toBe(0);
  });
});
