import { isAppUrl } from './renderer-location';
import type { RendererLocation } from './renderer-location';

/** One permission request or check, reduced to what the decision needs. */
export interface PermissionAsk {
  permission: string;
  /** Request: details.mediaTypes; check: [details.mediaType]. Empty when not given. */
  mediaTypes: readonly string[];
  requestingUrl: string | undefined;
  isMainFrame: boolean;
}

/**
 * The camera is the one thing a station page may use (barcode scanning with @zxing/browser).
 * Microphone, screen capture, notifications, geolocation, USB/HID/serial and the rest are denied,
 * and so is a camera asked for by anything but the app's own top-level page.
 */
export function isPermissionAllowed(ask: PermissionAsk, location: RendererLocation): boolean {
  return (
    ask.permission === 'media' &&
    ask.mediaTypes.length > 0 &&
    ask.mediaTypes.every((type) => type === 'video') &&
    ask.isMainFrame &&
    ask.requestingUrl !== undefined &&
    isAppUrl(ask.requestingUrl, location)
  );
}
