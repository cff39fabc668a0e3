import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import {
  IllegalTransitionError,
  InvalidEventError,
  ReasonRequiredError,
} from '../../shared/domain/order-state-machine';
import { ChannelError } from '../channels';
import type { ChannelErrorCode } from '../channels';
import { PipelineError } from '../pipeline/pipeline-error';
import type { PipelineErrorCode } from '../pipeline/pipeline-error';

const CHANNEL_TO_PIPELINE: Record<ChannelErrorCode, PipelineErrorCode> = {
  PAYLOAD_INVALID: 'BAD_REQUEST',
  SIGNATURE_INVALID: 'SIGNATURE_INVALID',
  MAPPING_FAILED: 'UNPROCESSABLE',
};

const CHECK_VIOLATION = '23514';

/**
 * Every refusal leaves as `{error: {code, message, issues?}}` — never a stack. Unexpected errors
 * are logged with their stack here and answered with a sentence.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const answer = (e: PipelineError) => reply.status(e.status).send(e.toJSON());
    if (error instanceof PipelineError) return answer(error);
    if (error instanceof ChannelError) {
      const code = CHANNEL_TO_PIPELINE[error.code];
      return answer(new PipelineError(code, error.message, error.issues));
    }
    if (error instanceof IllegalTransitionError) {
      return answer(new PipelineError('ILLEGAL_TRANSITION', error.message));
    }
    if (error instanceof ReasonRequiredError) {
      return answer(
        new PipelineError('BAD_REQUEST', error.message, [
          { path: 'reason', message: error.message },
        ]),
      );
    }
    if (error instanceof InvalidEventError) {
      return answer(new PipelineError('BAD_REQUEST', error.message));
    }
    if (error instanceof ZodError) {
      return answer(
        new PipelineError(
          'BAD_REQUEST',
          'The request body is not valid',
          error.issues.map((i) => ({
            path: i.path.map(String).join('.') || '(body)',
            message: i.message,
          })),
        ),
      );
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return answer(new PipelineError('PAYLOAD_TOO_LARGE', 'The request body is too large'));
    }
    if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return answer(
        new PipelineError(
          'BAD_REQUEST',
          `Content type ${String(request.headers['content-type'])} is not accepted here`,
        ),
      );
    }
    if (fastifyError.statusCode === 400 || fastifyError.code?.startsWith('FST_ERR_CTP')) {
      return answer(
        new PipelineError('BAD_REQUEST', `The request body could not be read: ${error.message}`),
      );
    }
    if ((error as { code?: unknown }).code === CHECK_VIOLATION) {
      return answer(
        new PipelineError(
          'INSUFFICIENT_STOCK',
          'That change would leave stock negative or below what is reserved for orders.',
        ),
      );
    }
    request.log.error({ err: error }, 'request failed');
    return answer(
      new PipelineError(
        'INTERNAL',
        'The head office could not complete this request; nothing was changed. Try again.',
      ),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(
        new PipelineError(
          'NOT_FOUND',
          `There is no ${request.method} ${request.url.split('?')[0] ?? ''}`,
        ).toJSON(),
      ),
  );
}
