import type { CDPSession, Page } from 'playwright-core';

/**
 * A keyboard-wedge scanner as the browser sees one: key events stamped a few milliseconds apart
 * by the device, queued whether or not the page is busy. Playwright's `keyboard.type` waits for
 * each key to be handled before sending the next, so on a loaded machine its gaps grow with the
 * page's work — which a real scanner's never do. This sends the keys through the DevTools
 * protocol with their own time stamps, all at once, in order.
 */
export interface WedgeScanner {
  /** One scan: the code's characters `gapMs` apart, then Enter. */
  scan(code: string): Promise<void>;
  /** Several scans back to back, each ending in Enter, with no pause between them. */
  burst(codes: readonly string[]): Promise<void>;
}

export async function wedgeScanner(page: Page, gapMs = 4): Promise<WedgeScanner> {
  const session: CDPSession = await page.context().newCDPSession(page);
  let clock = Date.now();

  function keys(code: string): Promise<unknown>[] {
    const sent: Promise<unknown>[] = [];
    // Never behind the wall clock, never reusing a stamp: each scan follows the last one.
    clock = Math.max(clock, Date.now());
    const stamp = () => {
      clock += gapMs;
      return clock / 1000;
    };
    for (const char of code) {
      const timestamp = stamp();
      sent.push(
        session.send('Input.dispatchKeyEvent', {
          type: 'keyDown',
          key: char,
          text: char,
          timestamp,
        }),
      );
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char, timestamp }));
    }
    const timestamp = stamp();
    const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, timestamp };
    sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter }));
    sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }));
    return sent;
  }

  return {
    async scan(code) {
      await Promise.all(keys(code));
    },
    async burst(codes) {
      await Promise.all(codes.flatMap((code) => keys(code)));
    },
  };
}

const scanners = new WeakMap<Page, Promise<WedgeScanner>>();

/** One scanner per page, made on first use: the page objects' `scan()` goes through it. */
export function scannerFor(page: Page): Promise<WedgeScanner> {
  let scanner = scanners.get(page);
  if (!scanner) {
    scanner = wedgeScanner(page);
    scanners.set(page, scanner);
  }
  return scanner;
}
