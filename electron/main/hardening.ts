import { app } from 'electron';
import type { Session, WebContents } from 'electron';
import { devContentSecurityPolicy } from '../../shared/security/content-security-policy';
import type { Logger } from '../station/logger';
import { isNavigationAllowed, isRequestAllowed } from './navigation-policy';
import { isPermissionAllowed } from './permission-policy';
import type { RendererLocation } from './renderer-location';
import { withContentSecurityPolicy } from './response-headers';

/**
 * Applied to every web contents the app ever creates (windows, DevTools, anything a future
 * change adds), so no window can be created without it.
 */
export function hardenAllWebContents(location: RendererLocation, logger: Logger): void {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, location, logger),
  );
}

function hardenWebContents(
  contents: WebContents,
  location: RendererLocation,
  logger: Logger,
): void {
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url, location)) return;
    event.preventDefault();
    logger.warn({ url: event.url }, 'navigation blocked');
  });
  contents.on('will-redirect', (event) => {
    if (isNavigationAllowed(event.url, location)) return;
    event.preventDefault();
    logger.warn({ url: event.url }, 'redirect blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn({ url }, 'window.open blocked');
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn({}, '<webview> blocked');
  });
}

/** Permissions, outgoing requests and (in development) the CSP header for one session. */
export function hardenSession(session: Session, location: RendererLocation, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(
      {
        permission,
        mediaTypes: 'mediaTypes' in details ? (details.mediaTypes ?? []) : [],
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
      },
      location,
    );
    if (!allowed) logger.warn({ permission, url: details.requestingUrl }, 'permission denied');
    callback(allowed);
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    isPermissionAllowed(
      {
        permission,
        mediaTypes: details.mediaType ? [details.mediaType] : [],
        requestingUrl: details.requestingUrl ?? contents?.getURL(),
        isMainFrame: details.isMainFrame,
      },
      location,
    ),
  );
  // USB, HID and serial devices belong to the station backend, never to a page.
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, location);
    if (!allowed) logger.warn({ url: details.url }, 'request blocked');
    callback({ cancel: !allowed });
  });

  if (location.kind === 'dev-server') {
    // The built page carries its CSP in a meta tag; the dev server's page gets it as a header.
    const policy = devContentSecurityPolicy(location.origin);
    session.webRequest.onHeadersReceived({ urls: [`${location.origin}/*`] }, (details, callback) =>
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) }),
    );
  }
}
