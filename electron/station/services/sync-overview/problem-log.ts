import type { SyncProblem } from '../../../../shared/contract';

const KEEP = 20;

export interface ProblemLog {
  add(where: SyncProblem['where'], message: string): void;
  /** Newest first. */
  list(): SyncProblem[];
}

/**
 * The last problems, for the Sync screen. A failure repeated by every shape, or by every retry,
 * is one problem to a clerk, so a repeat of the newest entry is not added again.
 */
export function createProblemLog(now: () => string): ProblemLog {
  const problems: SyncProblem[] = [];
  return {
    add(where, message) {
      const newest = problems[0];
      if (newest?.where === where && newest.message === message) return;
      problems.unshift({ at: now(), where, message });
      problems.length = Math.min(problems.length, KEEP);
    },
    list: () => [...problems],
  };
}
