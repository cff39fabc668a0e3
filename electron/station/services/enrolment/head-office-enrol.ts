import { z } from 'zod';
import { EnrolAnswerSchema } from '../../../../shared/api/station-enrolment';
import type { EnrolAnswer, EnrolRequest } from '../../../../shared/api/station-enrolment';
import { WharfError } from '../../../../shared/contract';
import { networkErrorText } from '../../sync/network-error-text';

const RefusalSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const TIMEOUT_MS = 15_000;

/** Asks the head office at `url` to exchange the code for this station's own token. */
export async function requestEnrolment(
  url: string,
  request: EnrolRequest,
  fetchClient: typeof fetch = fetch,
): Promise<EnrolAnswer> {
  let response: Response;
  try {
    response = await fetchClient(`${url}/v1/stations/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? 'no answer within 15 seconds'
        : networkErrorText(error);
    throw new WharfError(
      'UNAVAILABLE',
      `Cannot reach the head office at ${url}: ${reason}. Check the address and the network, then try again.`,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const answer = EnrolAnswerSchema.safeParse(body);
    if (answer.success) return answer.data;
    throw new WharfError(
      'UNAVAILABLE',
      `The server at ${url} answered, but not as a Wharf head office does. Check the address.`,
    );
  }
  const said = RefusalSchema.safeParse(body).data?.error.message;
  if (said && (response.status === 401 || response.status === 403)) {
    throw new WharfError('PERMISSION_DENIED', said);
  }
  if (said && (response.status === 400 || response.status === 409 || response.status === 422)) {
    throw new WharfError('BAD_REQUEST', said);
  }
  throw new WharfError(
    'UNAVAILABLE',
    `The head office at ${url} could not enrol this station (HTTP ${response.status})${said ? `: ${said}` : ''}. Check the address, or try again later.`,
  );
}
