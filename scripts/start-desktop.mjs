#!/usr/bin/env node
/**
 * `npm start`: runs the desktop station from source (`electron-vite dev`).
 *
 * better-sqlite3 in node_modules is built for Node's ABI, which the tests need, and Electron
 * cannot load it. So this script keeps a second copy in .electron-native/, rebuilt for the
 * installed Electron, and points the main process at it with WHARF_SQLITE_BINDING. The rebuild
 * runs only when Electron or better-sqlite3 changes (a stamp file records what it was built for).
 *
 * Extra arguments go to electron-vite, e.g. `npm start -- --watch`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NATIVE_MODULE = 'better-sqlite3';
const BINDING_IN_MODULE = join('build', 'Release', 'better_sqlite3.node');

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where everything lives, for a given project root (tests pass a scratch folder). */
export function nativeLayout(root = projectRoot) {
  const nativeRoot = join(root, '.electron-native');
  const moduleCopy = join(nativeRoot, 'node_modules', NATIVE_MODULE);
  return {
    root,
    nodeModules: join(root, 'node_modules'),
    nativeRoot,
    moduleCopy,
    binding: join(moduleCopy, BINDING_IN_MODULE),
    stampFile: join(nativeRoot, 'stamp.json'),
  };
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function packageDir(layout, name) {
  return join(layout.nodeModules, ...name.split('/'));
}

/** What the Electron build of the module depends on; a change to any of it means rebuild. */
export function expectedStamp(layout) {
  return {
    electron: readJson(join(packageDir(layout, 'electron'), 'package.json')).version,
    [NATIVE_MODULE]: readJson(join(packageDir(layout, NATIVE_MODULE), 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

export function isUpToDate(layout, stamp) {
  if (!existsSync(layout.binding) || !existsSync(layout.stampFile)) return false;
  try {
    const recorded = readJson(layout.stampFile);
    const keys = Object.keys(stamp);
    return (
      keys.length === Object.keys(recorded).length &&
      keys.every((key) => recorded[key] === stamp[key])
    );
  } catch {
    return false;
  }
}

export function writeStamp(layout, stamp) {
  writeFileSync(layout.stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
}

/**
 * Fresh copy of the module (without its Node-ABI build/ folder, so nothing stale can pass for an
 * Electron build) and of the packages its package.json depends on (bindings, prebuild-install).
 * Their own dependencies resolve from the project's node_modules, which Node finds by walking up
 * from .electron-native/.
 */
export function copyModule(layout) {
  rmSync(layout.nativeRoot, { recursive: true, force: true });
  const source = packageDir(layout, NATIVE_MODULE);
  const staleBuild = join(source, 'build');
  cpSync(source, layout.moduleCopy, {
    recursive: true,
    dereference: true,
    filter: (path) => path !== staleBuild && !path.startsWith(staleBuild + sep),
  });
  const { dependencies = {} } = readJson(join(source, 'package.json'));
  for (const name of Object.keys(dependencies)) {
    const from = packageDir(layout, name);
    if (!existsSync(from)) {
      throw new Error(
        `${NATIVE_MODULE} needs ${name}, which is not in node_modules; run npm install`,
      );
    }
    cpSync(from, join(layout.nativeRoot, 'node_modules', ...name.split('/')), {
      recursive: true,
      dereference: true,
    });
  }
  writeFileSync(
    join(layout.nativeRoot, 'package.json'),
    `${JSON.stringify({ name: 'wharf-electron-native', private: true, dependencies: { [NATIVE_MODULE]: '*' } }, null, 2)}\n`,
  );
  // electron-rebuild takes the nearest folder with a lock file as the project and rebuilds what
  // it finds in every node_modules up to it. Without this lock file that would be the project
  // itself, and the Node build the tests use would be rebuilt for Electron in place.
  writeFileSync(
    join(layout.nativeRoot, 'package-lock.json'),
    `${JSON.stringify({ name: 'wharf-electron-native', lockfileVersion: 3, requires: true, packages: {} }, null, 2)}\n`,
  );
}

/** The JavaScript file behind a package's bin, run with this Node: no shell, no .cmd shims. */
export function binScript(layout, pkg, bin) {
  const manifest = readJson(join(packageDir(layout, pkg), 'package.json'));
  const target = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!target) throw new Error(`${pkg} has no "${bin}" command; run npm install`);
  return join(packageDir(layout, pkg), target);
}

/** Runs a command, echoing its output, and resolves with its exit code and what it said on stderr. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['inherit', 'inherit', 'pipe'], ...options });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      process.stderr.write(chunk);
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), stderr }));
  });
}

const OFFLINE =
  /fetch failed|network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up/i;

function offlineHint(stderr) {
  return OFFLINE.test(stderr)
    ? '\nIt looks like there is no internet connection. The first start needs one (GitHub and ' +
        'electronjs.org) to fetch Electron; after that it is cached. Behind a proxy or mirror, set ' +
        'ELECTRON_MIRROR (binary) and ELECTRON_REBUILD_DIST_URL (headers).'
    : '';
}

class StartError extends Error {}

/** electron@45 has no install script: its binary is fetched on first use, which needs the internet. */
async function ensureElectronBinary(layout) {
  const installer = join(packageDir(layout, 'electron'), 'install.js');
  const { code, stderr } = await run(process.execPath, [installer], { cwd: layout.root });
  if (code !== 0) {
    throw new StartError(
      `Could not download the Electron binary (node ${relative(layout.root, installer)} exited with ${code}).${offlineHint(stderr)}`,
    );
  }
}

function fileHash(file) {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

export async function rebuildForElectron(layout, stamp) {
  console.log(
    `Building ${NATIVE_MODULE} ${stamp[NATIVE_MODULE]} for Electron ${stamp.electron} in ` +
      `${relative(layout.root, layout.nativeRoot)}/ (once per version) ...`,
  );
  const nodeBinding = join(packageDir(layout, NATIVE_MODULE), BINDING_IN_MODULE);
  const nodeBindingHash = fileHash(nodeBinding);
  copyModule(layout);
  const { code, stderr } = await run(
    process.execPath,
    [
      binScript(layout, '@electron/rebuild', 'electron-rebuild'),
      '-m',
      layout.nativeRoot,
      '-v',
      stamp.electron,
      '-o',
      NATIVE_MODULE,
      '-f',
    ],
    // The working folder decides which project electron-rebuild thinks it is in (see copyModule).
    { cwd: layout.nativeRoot },
  );
  if (fileHash(nodeBinding) !== nodeBindingHash) {
    console.error(
      `\nWarning: node_modules/${NATIVE_MODULE} changed during the rebuild; tests need its Node ` +
        `build. Run: npm rebuild ${NATIVE_MODULE}`,
    );
  }
  if (code !== 0 || !existsSync(layout.binding)) {
    throw new StartError(
      `Could not build ${NATIVE_MODULE} for Electron ${stamp.electron} ` +
        `(electron-rebuild exited with ${code}).${offlineHint(stderr)}\n` +
        'When no prebuilt binary exists for this platform it is compiled from source, which needs ' +
        'Python and a C++ toolchain (see the node-gyp README).',
    );
  }
  writeStamp(layout, stamp);
}

async function main() {
  const layout = nativeLayout();
  await ensureElectronBinary(layout);
  const stamp = expectedStamp(layout);
  if (isUpToDate(layout, stamp)) {
    console.log(`${NATIVE_MODULE} for Electron ${stamp.electron} is up to date.`);
  } else {
    await rebuildForElectron(layout, stamp);
  }

  const child = spawn(
    process.execPath,
    [binScript(layout, 'electron-vite', 'electron-vite'), 'dev', ...process.argv.slice(2)],
    {
      cwd: layout.root,
      stdio: 'inherit',
      env: { ...process.env, WHARF_SQLITE_BINDING: layout.binding },
    },
  );
  // Ctrl+C already reaches the whole process group (Electron included, which closes the database
  // on it); a SIGTERM sent to this script alone is passed on to electron-vite.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(
      `\nnpm start failed: ${error instanceof StartError ? error.message : error.stack}`,
    );
    process.exit(1);
  });
}
