/**
 * The renderer's Content-Security-Policy, one definition for every way it is served: the built
 * index.html (meta tag, which is all a file:// page in Electron gets), the browser host
 * (response header, which can also forbid framing) and Electron's dev server (header).
 *
 * Styles allow 'unsafe-inline' because Mantine sets CSS variables through style attributes;
 * scripts never do. `connect-src 'self'` covers the host's same-origin WebSocket. `frame-src`
 * allows the station's own blob: URLs so a packing-slip PDF made in the page can be previewed.
 */
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'media-src': "'self' blob: mediastream:",
  'connect-src': "'self'",
  'frame-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

const join = (entries: Record<string, string>): string =>
  Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** For a <meta http-equiv> tag: frame-ancestors is ignored there, so it is left out. */
export const CONTENT_SECURITY_POLICY = join(directives);

/** For an HTTP header, where frame-ancestors works. */
export const CONTENT_SECURITY_POLICY_HEADER = join({
  ...directives,
  'frame-ancestors': "'none'",
});

/**
 * Electron's dev server only: Vite's React refresh needs an inline preamble and its HMR socket.
 * Never used for a built renderer.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const wsOrigin = devServerOrigin.replace(/^http/, 'ws');
  return join({
    ...directives,
    'script-src': "'self' 'unsafe-inline'",
    'connect-src': `'self' ${devServerOrigin} ${wsOrigin}`,
  });
}
