import { z } from 'zod';

/**
 * Installed in the page before the app loads (page.addInitScript), so its capture listener runs
 * before the app's own: the time of the first key of a scan and of its Enter, and — from a
 * MutationObserver — the moment the feedback banner shows something other than it did when the
 * scan began, then the next animation frame. All in-page performance.now(), so Playwright's own
 * latency between the bench and the browser is not counted. Plain JavaScript: it runs in
 * Chromium, and the node tsconfig has no DOM types.
 */
export const PAGE_PROBE_SOURCE = `(() => {
  const probe = { armed: null, firstKey: null, enterKey: null, result: null, resolve: null };
  const banner = () => {
    const el = document.querySelector('[data-testid="scan-feedback"]');
    return el ? (el.getAttribute('data-verdict') || '') + '|' + (el.textContent || '') : '';
  };
  window.addEventListener('keydown', (event) => {
    if (probe.armed === null) return;
    if (probe.firstKey === null) probe.firstKey = performance.now();
    if (event.key === 'Enter' && probe.enterKey === null) probe.enterKey = performance.now();
  }, true);
  const check = () => {
    if (probe.armed === null || probe.firstKey === null || probe.result !== null) return;
    const now = banner();
    if (now === probe.armed) return;
    const at = performance.now();
    const result = {
      ms: at - probe.firstKey,
      fromEnterMs: probe.enterKey === null ? null : at - probe.enterKey,
      frameMs: null,
      verdict: now.slice(0, now.indexOf('|')),
      text: now.slice(now.indexOf('|') + 1),
    };
    probe.result = result;
    requestAnimationFrame(() => {
      result.frameMs = performance.now() - probe.firstKey;
      if (probe.resolve) probe.resolve(result);
    });
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
  window.__scanProbe = {
    arm() {
      probe.armed = banner();
      probe.firstKey = null;
      probe.enterKey = null;
      probe.result = null;
      probe.resolve = null;
    },
    wait(timeoutMs) {
      return new Promise((resolve) => {
        if (probe.result !== null && probe.result.frameMs !== null) return resolve(probe.result);
        probe.resolve = resolve;
        setTimeout(() => resolve(null), timeoutMs);
      });
    },
  };
})();`;

/** What the probe hands back for one scan, or null when the banner did not change in time. */
export const ProbeResultSchema = z
  .object({
    ms: z.number(),
    fromEnterMs: z.number().nullable(),
    frameMs: z.number(),
    verdict: z.string(),
    text: z.string(),
  })
  .nullable();
