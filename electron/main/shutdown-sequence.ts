export interface ShutdownSequence {
  /** True once closing has begun; later quit requests must not start it again. */
  readonly started: boolean;
  /**
   * Closes the station, then exits with `exitCode` (default 0), or 1 when closing failed or hung.
   * Only the first call does anything; later ones get the same promise.
   */
  run(reason: string, exitCode?: number): Promise<void>;
}

export interface ShutdownDeps {
  close(): Promise<void>;
  exit(code: number): void;
  log(level: 'info' | 'error', obj: object, msg: string): void;
  /** How long a close may take before the app exits anyway; a hung close must not trap a person. */
  timeoutMs: number;
}

export function createShutdownSequence(deps: ShutdownDeps): ShutdownSequence {
  let running: Promise<void> | undefined;

  async function closeThenExit(reason: string, exitCode: number): Promise<void> {
    deps.log('info', { reason }, 'shutting down');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deps.timeoutMs);
    });
    let code = exitCode;
    try {
      const outcome = await Promise.race([deps.close().then(() => 'closed' as const), timedOut]);
      if (outcome === 'timeout') {
        deps.log('error', { timeoutMs: deps.timeoutMs }, 'station did not close in time');
        code = 1;
      }
    } catch (err) {
      deps.log('error', { err }, 'station close failed');
      code = 1;
    } finally {
      clearTimeout(timer);
    }
    deps.exit(code);
  }

  return {
    get started() {
      return running !== undefined;
    },
    run(reason, exitCode = 0) {
      running ??= closeThenExit(reason, exitCode);
      return running;
    },
  };
}
