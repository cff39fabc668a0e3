import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './renderer/vite.config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Packages load from node_modules at run time: better-sqlite3 is native (asarUnpack'd and
      // rebuilt for Electron by electron-builder) and pino starts worker threads by file name.
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require 'electron' and nothing else, so everything is bundled;
      // and it must be CommonJS, named .cjs because package.json says "type": "module".
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // The same page as `npm run build:renderer` for the browser host, built to the same folder.
  renderer: {
    ...rendererViteConfig,
    build: {
      ...rendererViteConfig.build,
      rollupOptions: {
        ...rendererViteConfig.build?.rollupOptions,
        input: resolve(root, 'renderer/index.html'),
      },
    },
  },
});
