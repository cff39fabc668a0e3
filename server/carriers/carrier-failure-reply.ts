import type { FastifyReply } from 'fastify';
import type { CarrierFailureAnswer } from '../../shared/contract/schemas/carrier-api';
import { CarrierError } from './carrier-error';

/**
 * A carrier failure as an HTTP answer: 503 when the station should keep the parcel awaiting its
 * label and ask again, 422 when a person must change something first.
 */
export function replyCarrierFailure(reply: FastifyReply, error: CarrierError): FastifyReply {
  reply.log.warn(
    { carrierError: error.code, carrierCode: error.carrierCode, detail: error.detail },
    error.message,
  );
  const body: CarrierFailureAnswer = {
    error: {
      code: error.retryable ? 'UNAVAILABLE' : 'UNPROCESSABLE',
      message: error.message,
      carrier: { code: error.code, carrierCode: error.carrierCode, retryable: error.retryable },
    },
  };
  return reply.status(error.retryable ? 503 : 422).send(body);
}

/** Runs a route body, answering a CarrierError as above and letting anything else through. */
export async function answeringCarrierFailures<T>(
  reply: FastifyReply,
  work: () => Promise<T>,
): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CarrierError) return replyCarrierFailure(reply, error);
    throw error;
  }
}
