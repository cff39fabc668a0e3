import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export interface CapturedOutput {
  /** Everything the child wrote on stdout and stderr so far. */
  output(): string;
  /** The first match of `pattern` in the output; fails if the child exits or time runs out first. */
  waitFor(pattern: RegExp, what: string, timeoutMs: number): Promise<RegExpExecArray>;
}

export function captureOutput(child: ChildProcessWithoutNullStreams): CapturedOutput {
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return {
    output: () => output,
    waitFor(pattern, what, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', onExit);
        };
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            done();
            resolve(match);
          }
        };
        const onExit = (code: number | null) => {
          done();
          reject(new Error(`${what}: exited with ${String(code)} first:\n${output}`));
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${what}: not within ${timeoutMs / 1000} s:\n${output}`));
        }, timeoutMs);
        listeners.add(check);
        child.once('exit', onExit);
        check();
      });
    },
  };
}
