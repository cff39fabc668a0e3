import {
  MutationBatchAnswerSchema,
  MutationBatchSchema,
  MutationEnvelopeSchema,
} from '../../../shared/mutations';
import type { MutationOutcome } from '../../../shared/mutations';
import type { WaitingMutation } from './outbox-store';

export interface UploadTarget {
  headOfficeUrl: string;
  token: string;
}

export type UploadResult =
  | { kind: 'answered'; outcomes: MutationOutcome[] }
  /** Nothing was learned; the same rows go again later. */
  | { kind: 'failed'; message: string; unauthorized: boolean }
  /** The station is stopping; the rows stay waiting (the head office is idempotent). */
  | { kind: 'aborted' };

export const REVOKED_MESSAGE =
  "This station's enrolment was revoked or is unknown at the head office; enrol it again";

/**
 * One `POST /v1/mutations`. Every way it can go wrong becomes a sentence for the Sync screen;
 * an answer is used only if it is well formed and answers exactly the mutations sent, in order.
 */
export async function sendMutations(
  fetchClient: typeof fetch,
  target: UploadTarget,
  rows: readonly WaitingMutation[],
  signal: AbortSignal,
  isStopping: () => boolean,
): Promise<UploadResult> {
  const mutations = rows.map((row) =>
    MutationEnvelopeSchema.parse({
      id: row.id,
      kind: row.kind,
      payload: JSON.parse(row.payload) as unknown,
      personId: row.person_id,
      createdAt: row.created_at,
    }),
  );
  const url = new URL('v1/mutations', withSlash(target.headOfficeUrl));
  let response: Response;
  let text: string;
  try {
    response = await fetchClient(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${target.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(MutationBatchSchema.parse({ mutations })),
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (isStopping()) return { kind: 'aborted' };
    if (signal.aborted) {
      return failed(
        'The head office did not answer the upload in time; the station keeps the changes ' +
          'and will try again.',
      );
    }
    return failed(
      `Cannot reach the head office at ${url.origin} (${describeCause(error)}); ` +
        'the station keeps the changes and will try again.',
    );
  }
  if (response.status === 401) {
    return { kind: 'failed', message: REVOKED_MESSAGE, unauthorized: true };
  }
  if (response.status === 429) {
    return failed('The head office asked the station to slow down; it will try again shortly.');
  }
  if (!response.ok) {
    return failed(
      `The head office could not take the changes (HTTP ${response.status}); ` +
        'the station will try again.',
    );
  }
  const body = parseJson(text);
  const answer = MutationBatchAnswerSchema.safeParse(body);
  if (
    !answer.success ||
    answer.data.results.length !== rows.length ||
    answer.data.results.some((outcome, i) => outcome.id !== rows[i]?.id)
  ) {
    return failed(
      'The head office answered the upload in a form this station does not understand; ' +
        'nothing was marked as sent, and the station will try again.',
    );
  }
  return { kind: 'answered', outcomes: answer.data.results };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function failed(message: string): UploadResult {
  return { kind: 'failed', message, unauthorized: false };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function describeCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ?? cause.message;
  }
  return String(cause);
}
