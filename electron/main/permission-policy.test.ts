import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './permission-policy';
import type { PermissionAsk } from './permission-policy';
import { resolveRendererLocation } from './renderer-location';

const location = resolveRendererLocation({
  isPackaged: true,
  devServerUrl: undefined,
  rendererFile: '/app/out/renderer/index.html',
});
const camera: PermissionAsk = {
  permission: 'media',
  mediaTypes: ['video'],
  requestingUrl: 'file:///app/out/renderer/index.html#/pack',
  isMainFrame: true,
};

describe('isPermissionAllowed', () => {
  it('grants the camera to the app page', () => {
    expect(isPermissionAllowed(camera, location)).toBe(true);
  });

  it('denies the microphone, alone or with the camera, and media with no types', () => {
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['audio'] }, location)).toBe(false);
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['video', 'audio'] }, location)).toBe(
      false,
    );
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['unknown'] }, location)).toBe(false);
    expect(isPermissionAllowed({ ...camera, mediaTypes: [] }, location)).toBe(false);
  });

  it('denies every other permission', () => {
    for (const permission of [
      'display-capture',
      'geolocation',
      'notifications',
      'clipboard-read',
      'serial',
      'usb',
      'hid',
      'openExternal',
      'fullscreen',
      'unknown',
    ]) {
      expect(isPermissionAllowed({ ...camera, permission }, location), permission).toBe(false);
    }
  });

  it('denies the camera to anything but the app page in its main frame', () => {
    expect(isPermissionAllowed({ ...camera, isMainFrame: false }, location)).toBe(false);
    expect(
      isPermissionAllowed({ ...camera, requestingUrl: 'https://example.com/' }, location),
    ).toBe(false);
    expect(isPermissionAllowed({ ...camera, requestingUrl: undefined }, location)).toBe(false);
  });
});
