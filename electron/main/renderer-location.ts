import { pathToFileURL } from 'node:url';

/** Where the window's page comes from; every trust decision in main compares against it. */
export type RendererLocation =
  { kind: 'dev-server'; url: string; origin: string } | { kind: 'file'; file: string; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * electron-vite sets ELECTRON_RENDERER_URL for `electron-vite dev`. A packaged app ignores it so
 * an environment variable can never make the station load a page from elsewhere, and even in
 * development only a loopback http server is accepted.
 */
export function resolveRendererLocation(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  rendererFile: string;
}): RendererLocation {
  const { devServerUrl } = options;
  if (options.isPackaged || devServerUrl === undefined || devServerUrl === '') {
    return {
      kind: 'file',
      file: options.rendererFile,
      url: pathToFileURL(options.rendererFile).href,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(devServerUrl);
  } catch {
    throw new Error(`ELECTRON_RENDERER_URL is not a URL: "${devServerUrl}"`);
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new Error(
      `ELECTRON_RENDERER_URL must be a loopback http:// address (the Vite dev server), not ` +
        `"${devServerUrl}"`,
    );
  }
  return { kind: 'dev-server', url: parsed.href, origin: parsed.origin };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Is this URL the app's own page? From the dev server: any path on its origin (Vite serves the
 * page and its modules there). From disk: exactly index.html; query and hash may differ because
 * client-side routing lives there.
 */
export function isAppUrl(url: string, location: RendererLocation): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (location.kind === 'dev-server') return candidate.origin === location.origin;
  const own = new URL(location.url);
  return (
    candidate.protocol === 'file:' &&
    candidate.host === own.host &&
    candidate.pathname === own.pathname
  );
}
