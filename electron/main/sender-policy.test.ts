import { describe, expect, it } from 'vitest';
import { resolveRendererLocation } from './renderer-location';
import { isTrustedSender } from './sender-policy';

const file = resolveRendererLocation({
  isPackaged: true,
  devServerUrl: undefined,
  rendererFile: '/app/out/renderer/index.html',
});
const dev = resolveRendererLocation({
  isPackaged: false,
  devServerUrl: 'http://localhost:5173',
  rendererFile: '/app/out/renderer/index.html',
});

describe('isTrustedSender', () => {
  it('trusts the app page in the main frame', () => {
    expect(
      isTrustedSender({ url: 'file:///app/out/renderer/index.html#/', isMainFrame: true }, file),
    ).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true);
  });

  it('does not trust sub-frames, other pages or a frame that is gone', () => {
    expect(
      isTrustedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: false }, file),
    ).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true }, file)).toBe(false);
    expect(
      isTrustedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: true }, dev),
    ).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true }, file)).toBe(false);
    expect(isTrustedSender(null, file)).toBe(false);
  });
});
