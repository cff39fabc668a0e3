/** The subset of Electron's WebPreferences a station window sets; all of it is security. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  devTools: boolean;
}

/**
 * Written out in full rather than trusting Electron's defaults, so a reader (and a test) can see
 * every switch. DevTools are for development builds: on the floor they would let anyone script
 * the page and so call the station with whatever they type.
 */
export function secureWebPreferences(options: {
  preloadFile: string;
  isPackaged: boolean;
}): SecureWebPreferences {
  return {
    preload: options.preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // A file dropped on the window would otherwise replace the page with that file.
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !options.isPackaged,
  };
}
