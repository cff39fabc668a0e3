import { join, resolve } from 'node:path';

/** What Electron knows about where it runs; gathered in index.ts so this module stays pure. */
export interface AppPathFacts {
  isPackaged: boolean;
  /** app.getAppPath(): the project root from source, the app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
  /** app.getPath('userData'). */
  userDataPath: string;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export interface AppPaths {
  dataDir: string;
  migrationsDir: string;
  /** Fonts, sounds and templates (the repository's resources/, extraResources when packaged). */
  resourcesDir: string;
  /** better_sqlite3.node built for Electron; undefined means the module's own build. */
  nativeBinding: string | undefined;
  preloadFile: string;
  rendererFile: string;
}

const present = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

export function resolveAppPaths(facts: AppPathFacts): AppPaths {
  const { env } = facts;
  const dataDir = present(env.WHARF_DATA_DIR)
    ? resolve(facts.cwd, env.WHARF_DATA_DIR)
    : facts.userDataPath;
  return {
    dataDir,
    // Migrations ship outside the asar (extraResources) so support can read what a build applies.
    migrationsDir: facts.isPackaged
      ? join(facts.resourcesPath, 'migrations', 'station')
      : join(facts.appPath, 'migrations', 'station'),
    resourcesDir: facts.isPackaged
      ? join(facts.resourcesPath, 'resources')
      : join(facts.appPath, 'resources'),
    // electron-builder rebuilds the packaged copy for Electron in place, so a stray variable from
    // a developer's shell must not point a packaged app at some other build.
    nativeBinding:
      !facts.isPackaged && present(env.WHARF_SQLITE_BINDING)
        ? resolve(facts.cwd, env.WHARF_SQLITE_BINDING)
        : undefined,
    preloadFile: join(facts.appPath, 'out', 'preload', 'index.cjs'),
    rendererFile: join(facts.appPath, 'out', 'renderer', 'index.html'),
  };
}
