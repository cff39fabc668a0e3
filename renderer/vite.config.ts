import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

/** Puts the CSP into the built page only; the dev server's HMR preamble is inline. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'wharf-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The renderer's build, shared by `npm run build:renderer` (browser host) and electron-vite's
 * renderer section (desktop), so both ship the same page to the same folder.
 */
export const rendererViteConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
};

export default defineConfig(rendererViteConfig);
