import { app, BrowserWindow, dialog, session } from 'electron';
import { createLogger } from '../station/logger';
import { startDemoMode } from '../station/demo/demo-mode';
import type { DemoHeadOffice } from '../station/demo/demo-head-office-process';
import { openStation } from '../station/station';
import type { Station } from '../station/station';
import { resolveAppPaths } from './app-paths';
import { hardenAllWebContents, hardenSession } from './hardening';
import { connectIpcBridge } from './ipc-bridge';
import { focusWindow, openMainWindow } from './main-window';
import { resolveRendererLocation } from './renderer-location';
import { installGracefulShutdown } from './shutdown';
import type { Shutdown } from './shutdown';
import { describeStartupFailure } from './startup-failure';

const logger = createLogger();

// One Wharf per user session: the station database is exclusive to one process, so a second copy
// could only fail on it. A second launch brings the running window forward instead.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  const paths = resolveAppPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userDataPath: app.getPath('userData'),
    env: process.env,
    cwd: process.cwd(),
  });

  let opening: Promise<Station> | undefined;
  let demo: Promise<DemoHeadOffice | null> = Promise.resolve(null);
  const shutdown = installGracefulShutdown(async () => {
    // A station that failed to open has nothing to close; one still opening is waited for.
    const station = await opening?.catch(() => undefined);
    await station?.close();
    await (await demo)?.stop();
  }, logger);

  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows; the dock icon brings one back (see 'activate').
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    try {
      // Resolved and applied before anything else, so a bad dev-server URL fails before the
      // database is touched and no web contents can exist without the hardening.
      const location = resolveRendererLocation({
        isPackaged: app.isPackaged,
        devServerUrl: process.env.ELECTRON_RENDERER_URL,
        rendererFile: paths.rendererFile,
      });
      hardenAllWebContents(location, logger);
      hardenSession(session.defaultSession, location, logger);

      opening = openStation({
        dataDir: paths.dataDir,
        migrationsDir: paths.migrationsDir,
        resourcesDir: paths.resourcesDir,
        appVersion: app.getVersion(),
        nativeBinding: paths.nativeBinding,
        logger,
      });
      const station = await opening;
      connectIpcBridge(station, location, logger);
      // From source (`npm start`) a station with no head office joins the demo one; a packaged
      // build has no head office sources and skips it.
      if (!app.isPackaged && process.env.WHARF_DEMO !== 'off') {
        demo = startDemoMode({
          station,
          projectRoot: app.getAppPath(),
          stationDataDir: paths.dataDir,
          logger,
        }).catch((err: unknown) => {
          logger.error({ err }, 'the demo head office could not start');
          return null;
        });
      }

      const showWindow = (): Promise<void> => {
        const { window, loaded } = openMainWindow({
          location,
          preloadFile: paths.preloadFile,
          isPackaged: app.isPackaged,
          logger,
        });
        mainWindow = window;
        return loaded;
      };
      await showWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length > 0) return;
        showWindow().catch((err: unknown) => logger.error({ err }, 'could not reopen the window'));
      });
    } catch (error) {
      failStartup(error, shutdown);
    }
  });
}

function failStartup(error: unknown, shutdown: Shutdown): void {
  logger.error({ err: error }, 'station failed to start');
  const { title, message } = describeStartupFailure(error);
  dialog.showErrorBox(title, message);
  void shutdown('start-up failed', 1);
}
