import type { ConnectionState, SyncStatus } from '../../../../shared/contract';
import { downloadProblemText } from '../sync-overview/download-problem-text';
import type { ProblemLog } from '../sync-overview/problem-log';

export interface LinkHealth {
  /** The head office in use, or null before enrolment. */
  setHeadOffice(url: string | null): void;
  setSync(status: SyncStatus): void;
  uploadProblem(message: string): void;
  uploadOk(): void;
  connection(): ConnectionState;
  syncStatus(): SyncStatus;
}

type Judgement =
  { state: 'not-configured' } | { state: 'online' } | { state: 'offline'; reason: string };

/**
 * Whether the station is in touch with its head office, from both directions: the download
 * streams and the uploader. Problems seen on the way go to the problem log in plain words.
 */
export function createLinkHealth(deps: {
  now: () => string;
  problems: ProblemLog;
  onChange: () => void;
}): LinkHealth {
  let url: string | null = null;
  let sync: SyncStatus = { shapes: [] };
  let upload: string | null = null;
  const seenErrors = new Map<string, string | null>();
  let since = deps.now();
  let lastState: ConnectionState['state'] = 'not-configured';

  const judge = (): Judgement => {
    if (url === null) return { state: 'not-configured' };
    const failing = sync.shapes.find((s) => s.state === 'offline' || s.state === 'error');
    if (failing) return { state: 'offline', reason: downloadProblemText(url, failing) };
    if (upload) return { state: 'offline', reason: upload };
    if (sync.shapes.some((s) => s.state === 'live')) return { state: 'online' };
    return { state: 'offline', reason: `Connecting to the head office at ${url}…` };
  };

  const changed = (): void => {
    const state = judge().state;
    if (state !== lastState) {
      lastState = state;
      since = deps.now();
    }
    deps.onChange();
  };

  return {
    setHeadOffice(next) {
      url = next;
      sync = { shapes: [] };
      upload = null;
      seenErrors.clear();
      changed();
    },
    setSync(status) {
      sync = status;
      for (const shape of status.shapes) {
        const failing = shape.state === 'offline' || shape.state === 'error';
        const error = failing ? shape.lastError : null;
        if (error !== null && url !== null && seenErrors.get(shape.shape) !== error) {
          deps.problems.add('download', downloadProblemText(url, shape));
        }
        seenErrors.set(shape.shape, error);
      }
      changed();
    },
    uploadProblem(message) {
      deps.problems.add('upload', message);
      upload = message;
      changed();
    },
    uploadOk() {
      if (upload === null) return;
      upload = null;
      changed();
    },
    connection() {
      const judged = judge();
      if (judged.state === 'not-configured') return judged;
      if (judged.state === 'online') return { state: 'online', since };
      return { state: 'offline', since, reason: judged.reason };
    },
    syncStatus: () => sync,
  };
}
