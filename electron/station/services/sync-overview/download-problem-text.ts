import type { ShapeSyncStatus } from '../../../../shared/contract';

const UNREACHABLE = 'Cannot reach the head office: ';

/** A shape's last error as a sentence that names the head office, for people, not logs. */
export function downloadProblemText(headOfficeUrl: string, status: ShapeSyncStatus): string {
  const error = status.lastError ?? 'stopped without saying why';
  if (error.startsWith(UNREACHABLE)) {
    return `Cannot reach the head office at ${headOfficeUrl}: ${error.slice(UNREACHABLE.length)}`;
  }
  const what = status.shape.replace(/_/g, ' ');
  const http = /^HTTP (\d+): (.*)$/s.exec(error);
  if (http && (http[1] === '401' || http[1] === '403')) {
    // The same for every shape, so the problem list shows it once.
    const said = (http[2] ?? '').trim();
    const sentence = /[.!?]$/.test(said) ? said : `${said}.`;
    return `The head office at ${headOfficeUrl} refused this station: ${sentence} Enrol the station again with a new code.`;
  }
  if (http) {
    return `The head office at ${headOfficeUrl} refused to send ${what} (HTTP ${http[1]}): ${http[2]}`;
  }
  return `Could not keep ${what} up to date from ${headOfficeUrl}: ${error}`;
}
