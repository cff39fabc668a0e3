import { createRequire } from 'node:module';
import type * as ZplRendererModule from 'zpl-renderer-js';
import type { ZplApi } from 'zpl-renderer-js';

/**
 * The offline ZPL renderer (zpl-renderer-js: IngridHQ's Zebrash compiled from Go to WebAssembly).
 * The module is 9 MB of inlined WASM, so it is loaded on the first preview rather than at station
 * start-up; later previews reuse the same instance. It is loaded through require() (its CommonJS
 * build): its ESM build is a .js file in a package without "type": "module", which Vitest would
 * push through Vite's transform — seconds per test file for 9 MB — instead of letting Node load it.
 */
const requireFromHere = createRequire(import.meta.url);

let api: Promise<ZplApi> | null = null;

function loadRenderer(): Promise<ZplApi> {
  api ??= Promise.resolve().then(async () => {
    const renderer = requireFromHere('zpl-renderer-js') as typeof ZplRendererModule;
    return (await renderer.ready).api;
  });
  // A failed load (e.g. out of memory) is not kept, so the next preview tries again.
  api.catch(() => {
    api = null;
  });
  return api;
}

/**
 * Renders run one at a time: each takes most of a second of CPU inside one WASM instance, and
 * queueing them keeps a burst of previews from holding several full-size bitmaps at once.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Base64 PNG of the first label in `zpl`, drawn on a `widthMm` × `heightMm` label at `dpmm`. */
export function renderZplToBase64(
  zpl: string,
  label: { widthMm: number; heightMm: number; dpmm: number },
): Promise<string> {
  const render = queue.then(async () => {
    const renderer = await loadRenderer();
    return renderer.zplToBase64Async(zpl, label.widthMm, label.heightMm, label.dpmm);
  });
  queue = render.catch(() => undefined);
  return render;
}
