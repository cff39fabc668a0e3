/**
 * Runs tasks one after another in the order they were handed in, whatever each one's outcome.
 * Scans arrive faster than the station answers; sending the next only after the last answer
 * keeps every answer's state newer than the one before, so the screen never steps backwards.
 */
export function createSerialRunner(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}
