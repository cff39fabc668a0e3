import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from './app-paths';
import type { AppPathFacts } from './app-paths';

const fromSource: AppPathFacts = {
  isPackaged: false,
  appPath: '/src/wharf',
  resourcesPath: '/opt/electron/resources',
  userDataPath: '/home/pat/.config/wharf',
  env: {},
  cwd: '/src/wharf',
};
const packaged: AppPathFacts = {
  ...fromSource,
  isPackaged: true,
  appPath: '/opt/Wharf/resources/app.asar',
  resourcesPath: '/opt/Wharf/resources',
  userDataPath: '/home/pat/.config/Wharf',
};

describe('resolveAppPaths', () => {
  it('keeps data in the user-data folder unless WHARF_DATA_DIR says otherwise', () => {
    expect(resolveAppPaths(fromSource).dataDir).toBe('/home/pat/.config/wharf');
    expect(
      resolveAppPaths({ ...packaged, env: { WHARF_DATA_DIR: '/srv/station-2' } }).dataDir,
    ).toBe('/srv/station-2');
  });

  it('resolves a relative WHARF_DATA_DIR against the working directory and ignores a blank one', () => {
    expect(resolveAppPaths({ ...fromSource, env: { WHARF_DATA_DIR: 'data/a' } }).dataDir).toBe(
      '/src/wharf/data/a',
    );
    expect(resolveAppPaths({ ...fromSource, env: { WHARF_DATA_DIR: '  ' } }).dataDir).toBe(
      '/home/pat/.config/wharf',
    );
  });

  it('reads migrations from the repository from source and from resources when packaged', () => {
    expect(resolveAppPaths(fromSource).migrationsDir).toBe(
      join('/src/wharf', 'migrations', 'station'),
    );
    expect(resolveAppPaths(packaged).migrationsDir).toBe(
      join('/opt/Wharf/resources', 'migrations', 'station'),
    );
  });

  it('reads fonts and sounds from the repository from source and from resources when packaged', () => {
    expect(resolveAppPaths(fromSource).resourcesDir).toBe(join('/src/wharf', 'resources'));
    expect(resolveAppPaths(packaged).resourcesDir).toBe(join('/opt/Wharf/resources', 'resources'));
  });

  it('uses WHARF_SQLITE_BINDING from source only', () => {
    const env = { WHARF_SQLITE_BINDING: '.electron-native/b.node' };
    expect(resolveAppPaths({ ...fromSource, env }).nativeBinding).toBe(
      '/src/wharf/.electron-native/b.node',
    );
    expect(resolveAppPaths({ ...packaged, env }).nativeBinding).toBeUndefined();
    expect(resolveAppPaths(fromSource).nativeBinding).toBeUndefined();
  });

  it('finds the built preload and page under the app path', () => {
    const paths = resolveAppPaths(packaged);
    expect(paths.preloadFile).toBe(
      join('/opt/Wharf/resources/app.asar', 'out', 'preload', 'index.cjs'),
    );
    expect(paths.rendererFile).toBe(
      join('/opt/Wharf/resources/app.asar', 'out', 'renderer', 'index.html'),
    );
  });
});
