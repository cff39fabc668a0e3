import { describe, expect, it } from 'vitest';
import { isNavigationAllowed, isRequestAllowed } from './navigation-policy';
import { resolveRendererLocation } from './renderer-location';

const rendererFile = '/app/out/renderer/index.html';
const file = resolveRendererLocation({ isPackaged: true, devServerUrl: undefined, rendererFile });
const dev = resolveRendererLocation({
  isPackaged: false,
  devServerUrl: 'http://localhost:5173',
  rendererFile,
});

describe('isNavigationAllowed', () => {
  it('allows the app page itself (reloads, hash routes)', () => {
    expect(isNavigationAllowed('file:///app/out/renderer/index.html#/returns', file)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/returns', dev)).toBe(true);
  });

  it('blocks everything else', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///app/out/renderer/assets/index.js',
      'javascript:alert(1)',
      'data:text/html,<h1>hi</h1>',
      'about:blank',
    ]) {
      expect(isNavigationAllowed(url, file), url).toBe(false);
    }
    expect(isNavigationAllowed('https://example.com/', dev)).toBe(false);
    expect(isNavigationAllowed('http://127.0.0.1:5173/', dev)).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  it('lets a built page load files from its own folder only', () => {
    expect(isRequestAllowed('file:///app/out/renderer/index.html', file)).toBe(true);
    expect(isRequestAllowed('file:///app/out/renderer/assets/index-abc.js', file)).toBe(true);
    expect(isRequestAllowed('file:///app/out/renderer/../../package.json', file)).toBe(false);
    expect(isRequestAllowed('file:///app/out/renderer/%2e%2e/secret', file)).toBe(false);
    expect(isRequestAllowed('file:///app/out/renderer-other/x.js', file)).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd', file)).toBe(false);
  });

  it('blocks the network for a built page', () => {
    for (const url of [
      'https://cdn.example.com/x.js',
      'http://127.0.0.1:5170/ws',
      'ws://localhost:5173/',
      'wss://example.com/',
    ]) {
      expect(isRequestAllowed(url, file), url).toBe(false);
    }
  });

  it('allows only the dev server on the network in development', () => {
    expect(isRequestAllowed('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isRequestAllowed('https://fonts.example.com/a.woff2', dev)).toBe(false);
  });

  it('allows in-memory and browser-internal schemes and refuses what cannot be parsed', () => {
    expect(isRequestAllowed('data:image/png;base64,AAAA', file)).toBe(true);
    expect(isRequestAllowed('blob:file:///1234', file)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', dev)).toBe(true);
    expect(isRequestAllowed('::nonsense', file)).toBe(false);
  });
});
