import type {
  PrinterLiveStatus,
  PrinterProblem,
} from '../../../../shared/contract/schemas/printers';
import type { Printer } from '../../devices/printers/print-job-repository';
import type { ProbeRecord } from './printer-monitor';

const PROBLEM_WORDS: Record<PrinterProblem, string> = {
  'paper-out': 'out of labels or paper: load more',
  'head-open': 'print head open: close it',
  'ribbon-out': 'out of ribbon: fit a new one',
  paused: 'paused: press pause on the printer to resume',
  'queue-disabled': 'its print queue is stopped',
};

/** One sentence naming every problem a printer reported, e.g. "Out of labels or paper: …". */
export function describeProblems(problems: readonly PrinterProblem[]): string {
  const text = problems.map((problem) => PROBLEM_WORDS[problem]).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A printer's state from what the station knows: its set-up, whether the spool is sending to it,
 * the last look at it, and the printer's own refusal of the job it owes (which is newer news
 * than a look that found it reachable, until the next look).
 */
export function liveStatusOf(
  printer: Printer,
  facts: { sending: boolean; record: ProbeRecord | null; refusal: string | null },
): PrinterLiveStatus {
  const checkedAt = facts.record?.checkedAt ?? null;
  const probe = facts.record?.probe ?? null;
  if (!printer.enabled) {
    return { state: 'switched-off', problems: [], message: 'Switched off here', checkedAt };
  }
  if (facts.sending) return { state: 'printing', problems: [], message: null, checkedAt };
  if (probe && probe.problems.length > 0) {
    return {
      state: 'attention',
      problems: probe.problems,
      message: probe.detail ?? describeProblems(probe.problems),
      checkedAt,
    };
  }
  if (probe && !probe.reachable) {
    return { state: 'offline', problems: [], message: probe.detail, checkedAt };
  }
  if (facts.refusal !== null) {
    return { state: 'offline', problems: [], message: facts.refusal, checkedAt };
  }
  if (!probe) return { state: 'checking', problems: [], message: null, checkedAt };
  return { state: 'ready', problems: [], message: probe.detail, checkedAt };
}
