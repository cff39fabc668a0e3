/** A pause that ends after `ms`, or at once when `wake()` is called — whichever comes first. */
export function createWakeableWait() {
  let waking: (() => void) | null = null;
  return {
    wait(ms?: number): Promise<void> {
      return new Promise<void>((resolve) => {
        const timer = ms === undefined ? undefined : setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          waking = null;
          resolve();
        }
        waking = done;
      });
    },
    wake(): void {
      waking?.();
    },
  };
}
