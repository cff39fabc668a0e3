import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveRendererLocation } from './renderer-location';

const rendererFile = '/opt/Wharf/resources/app.asar/out/renderer/index.html';

describe('resolveRendererLocation', () => {
  it('loads the built page when packaged, whatever the environment says', () => {
    expect(
      resolveRendererLocation({
        isPackaged: true,
        devServerUrl: 'http://localhost:5173',
        rendererFile,
      }),
    ).toEqual({
      kind: 'file',
      file: rendererFile,
      url: 'file:///opt/Wharf/resources/app.asar/out/renderer/index.html',
    });
  });

  it('loads the built page from source when there is no dev server', () => {
    expect(
      resolveRendererLocation({ isPackaged: false, devServerUrl: undefined, rendererFile }).kind,
    ).toBe('file');
    expect(
      resolveRendererLocation({ isPackaged: false, devServerUrl: '', rendererFile }).kind,
    ).toBe('file');
  });

  it('uses a loopback dev server', () => {
    expect(
      resolveRendererLocation({
        isPackaged: false,
        devServerUrl: 'http://localhost:5173',
        rendererFile,
      }),
    ).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
    expect(
      resolveRendererLocation({
        isPackaged: false,
        devServerUrl: 'http://[::1]:5173/',
        rendererFile,
      }).kind,
    ).toBe('dev-server');
  });

  it('refuses a dev server that is not loopback http', () => {
    for (const devServerUrl of [
      'https://example.com',
      'http://10.0.0.8:5173',
      'file:///etc/passwd',
      'nonsense',
    ]) {
      expect(() =>
        resolveRendererLocation({ isPackaged: false, devServerUrl, rendererFile }),
      ).toThrow(/ELECTRON_RENDERER_URL/);
    }
  });
});

describe('isAppUrl', () => {
  const file = resolveRendererLocation({ isPackaged: true, devServerUrl: undefined, rendererFile });
  const dev = resolveRendererLocation({
    isPackaged: false,
    devServerUrl: 'http://localhost:5173',
    rendererFile,
  });

  it('accepts the built page with any hash or query', () => {
    expect(isAppUrl(file.url, file)).toBe(true);
    expect(isAppUrl(`${file.url}#/pack/42`, file)).toBe(true);
    expect(isAppUrl(`${file.url}?screen=ship`, file)).toBe(true);
  });

  it('rejects other files, other schemes and garbage for the built page', () => {
    expect(isAppUrl('file:///opt/Wharf/resources/app.asar/out/renderer/other.html', file)).toBe(
      false,
    );
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false);
    expect(
      isAppUrl('file://evil-host/opt/Wharf/resources/app.asar/out/renderer/index.html', file),
    ).toBe(false);
    expect(isAppUrl('https://example.com/', file)).toBe(false);
    expect(isAppUrl('not a url', file)).toBe(false);
    expect(isAppUrl('', file)).toBe(false);
  });

  it('accepts any path on the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/pack?x=1#y', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false);
    expect(isAppUrl(file.url, dev)).toBe(false);
  });
});
