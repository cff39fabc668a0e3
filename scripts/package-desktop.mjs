#!/usr/bin/env node
/**
 * `npm run package`: builds the app with electron-vite, then packages it with electron-builder
 * (electron-builder.yml). Extra arguments go to electron-builder, e.g.
 * `npm run package -- --linux` or `npm run package -- --win --x64`.
 *
 * electron-builder rebuilds better-sqlite3 in node_modules for Electron (npmRebuild), which leaves
 * it unloadable by Node and the tests. So whatever happens, it is rebuilt for Node afterwards; if
 * that fails (no internet, no compiler) the Node build saved before packaging is put back.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NATIVE_MODULE = 'better-sqlite3';
const root = fileURLToPath(new URL('..', import.meta.url));
const moduleBuild = join(root, 'node_modules', NATIVE_MODULE, 'build');

/** The JavaScript file behind a package's bin, run with this Node: no shell, no .cmd shims. */
function binScript(pkg, bin) {
  const dir = join(root, 'node_modules', ...pkg.split('/'));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const target = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!target) throw new Error(`${pkg} has no "${bin}" command; run npm install`);
  return join(dir, target);
}

function run(label, command, args, options = {}) {
  console.log(`\n> ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** npm itself: the one that runs this script when there is one, so no shell is needed. */
function npmCommand(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.[cm]?js$/.test(npmCli)) return [process.execPath, [npmCli, ...args], {}];
  // Started as `node scripts/package-desktop.mjs`: npm.cmd on Windows needs a shell.
  return ['npm', args, { shell: process.platform === 'win32' }];
}

async function restoreNodeBuild(saved) {
  const [command, args, options] = npmCommand(['rebuild', NATIVE_MODULE]);
  let code;
  try {
    code = await run(
      `npm rebuild ${NATIVE_MODULE} (back to the Node build for tests)`,
      command,
      args,
      options,
    );
  } catch (error) {
    console.error(error);
    code = 1;
  }
  if (code === 0) return true;
  if (saved) {
    rmSync(moduleBuild, { recursive: true, force: true });
    cpSync(saved, moduleBuild, { recursive: true });
    console.error(
      `npm rebuild ${NATIVE_MODULE} failed; put back the Node build saved before packaging.`,
    );
    return true;
  }
  console.error(
    `\nnpm rebuild ${NATIVE_MODULE} failed, so node_modules/${NATIVE_MODULE} may still be built ` +
      `for Electron and the tests will not load it. Run "npm rebuild ${NATIVE_MODULE}" when you ` +
      'have internet access.',
  );
  return false;
}

async function main() {
  // Ctrl+C reaches the child processes anyway; this script stays alive so the finally below
  // still restores the Node build.
  process.on('SIGINT', () => {});
  const buildCode = await run('electron-vite build', process.execPath, [
    binScript('electron-vite', 'electron-vite'),
    'build',
  ]);
  if (buildCode !== 0) return buildCode;

  const backupDir = mkdtempSync(join(tmpdir(), 'wharf-native-'));
  const saved = existsSync(moduleBuild) ? join(backupDir, 'build') : undefined;
  if (saved) cpSync(moduleBuild, saved, { recursive: true });
  let packageCode = 1;
  try {
    packageCode = await run(
      `electron-builder ${process.argv.slice(2).join(' ')}`.trim(),
      process.execPath,
      [binScript('electron-builder', 'electron-builder'), ...process.argv.slice(2)],
    );
    if (packageCode !== 0) {
      console.error(
        '\nelectron-builder failed. The first package of a version downloads Electron and its ' +
          'headers (GitHub, electronjs.org); without internet that fails. Signing and notarising ' +
          'need their own credentials (see electron.build).',
      );
    }
  } finally {
    const restored = await restoreNodeBuild(saved);
    rmSync(backupDir, { recursive: true, force: true });
    if (!restored && packageCode === 0) packageCode = 1;
  }
  if (packageCode === 0) console.log('\nDone: the packaged app is in dist/.');
  return packageCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
