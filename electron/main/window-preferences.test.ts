import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './window-preferences';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page with no Node in it', () => {
    const prefs = secureWebPreferences({
      preloadFile: '/app/out/preload/index.cjs',
      isPackaged: true,
    });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('offers DevTools in development only', () => {
    expect(secureWebPreferences({ preloadFile: 'p', isPackaged: true }).devTools).toBe(false);
    expect(secureWebPreferences({ preloadFile: 'p', isPackaged: false }).devTools).toBe(true);
  });
});
