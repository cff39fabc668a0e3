import { BrowserWindow } from 'electron';
import type { Logger } from '../station/logger';
import type { RendererLocation } from './renderer-location';
import { secureWebPreferences } from './window-preferences';

export interface MainWindowOptions {
  location: RendererLocation;
  preloadFile: string;
  isPackaged: boolean;
  logger: Logger;
}

export interface MainWindow {
  window: BrowserWindow;
  /** Settles when the page has loaded, or rejects when it could not be. */
  loaded: Promise<void>;
}

/** Creates the station window and starts loading the page. */
export function openMainWindow(options: MainWindowOptions): MainWindow {
  const window = new BrowserWindow({
    title: 'Wharf',
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    // Shown once painted, so a packing station never flashes an empty white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences({
      preloadFile: options.preloadFile,
      isPackaged: options.isPackaged,
    }),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    options.logger.error({ reason: details.reason, exitCode: details.exitCode }, 'renderer gone');
  });

  const { location } = options;
  const loaded =
    location.kind === 'dev-server' ? window.loadURL(location.url) : window.loadFile(location.file);
  return { window, loaded };
}

export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
